/**
 * Translation keys as types, so a typo in a key is a compile error. English is the reference: every
 * dotted path to a text in `src/locales/en/<ns>.json`, plural suffixes stripped (`title_one` → `title`).
 * Type-only imports: nothing here reaches the bundle. test/i18n-keys.test.ts keeps German equal.
 */
import type enCommon from '../../locales/en/common.json'
import type enList from '../../locales/en/list.json'
import type enListTools from '../../locales/en/listTools.json'
import type enBulk from '../../locales/en/bulk.json'
import type enViews from '../../locales/en/views.json'
import type enDetail from '../../locales/en/detail.json'
import type enForm from '../../locales/en/form.json'
import type enErrors from '../../locales/en/errors.json'
import type enSession from '../../locales/en/session.json'

type EnglishTexts = {
  common: typeof enCommon
  list: typeof enList
  /** The list's toolbar, filter panel, export, bulk dialog, empty and error states: loaded with those chunks. */
  listTools: typeof enListTools
  /** Select all matching, bulk edit and its Undo: loaded with those chunks. */
  bulk: typeof enBulk
  /** Saved views: the toolbar's views control, its menu and dialogs, loaded with them. */
  views: typeof enViews
  detail: typeof enDetail
  form: typeof enForm
  errors: typeof enErrors
  session: typeof enSession
}

export type Namespace = keyof EnglishTexts

type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other'
type WithoutPlural<Key extends string> = Key extends `${infer Base}_${PluralCategory}` ? Base : Key

/** `{ a: { b_one: '', b_other: '' } }` → `'a.b'`. */
type Paths<Texts> = {
  [Key in keyof Texts & string]: Texts[Key] extends string
    ? WithoutPlural<Key>
    : `${Key}.${Paths<Texts[Key]>}`
}[keyof Texts & string]

type KeyIn<Ns extends Namespace> = Ns extends Namespace ? Paths<EnglishTexts[Ns]> : never

/** Keys of the hook's namespaces as they are, and any namespace's keys as `ns:key`. */
export type TranslationKey<Ns extends Namespace> =
  KeyIn<Ns> | { [Other in Namespace]: `${Other}:${KeyIn<Other>}` }[Namespace]

/** `count` picks the plural form; every value fills its `{{name}}` placeholder (format dates first). */
export type TOptions = Readonly<Record<string, string | number | boolean | null | undefined>>

export interface TFunction<Ns extends Namespace = 'common'> {
  (key: TranslationKey<Ns>, options?: TOptions): string
  /** A key built from data (a filter group, a field name) that may have no text: `defaultValue` then. */
  (key: string, options: TOptions & { readonly defaultValue: string }): string
}
