/**
 * Column definitions of the contact list: our own small column model (no table library — see
 * docs/decisions.md). `sortFields` names the API sort keys a header may offer: only what the contract
 * allows, so one page is never sorted on the client.
 */
import { lazy, Suspense, type ReactNode } from 'react'
import { currentLanguage, type TFunction } from '../../../lib/i18n'
import type { Contact } from '../../../api/schemas/contact'
import { CUSTOM_FIELD_PREFIX } from '../../../contract/kanbert-contract'
import type { CustomFieldInfo } from '../shared/custom-field-kinds'
import {
  ClientCell,
  CompaniesCell,
  contactPhone,
  CountryCell,
  EmailCell,
  NameCell,
  OwnerCell,
  PhoneCell,
  TimestampCell,
} from './contact-cells'
import { formatCustomFieldValue } from './format-custom-field'

/** What a field's values are, which decides how its order reads: "A → Z", "0 → 9", "oldest first", "No first". */
export type SortValueKind = 'text' | 'number' | 'date' | 'boolean'

export interface SortFieldOption {
  field: string
  label: string
  kind: SortValueKind
}

function sortValueKind(kind: CustomFieldInfo['kind']): SortValueKind {
  if (kind === 'integer' || kind === 'number') return 'number'
  if (kind === 'date' || kind === 'boolean') return kind
  return 'text'
}

/** One column of the list: the table header and cells, a line of a phone card, an entry of the chooser. */
export interface ContactColumn {
  id: string
  /** Plain-text column name: the header, the column chooser and the phone cards. */
  label: string
  cell: (contact: Contact) => ReactNode
  /** API sort keys the header offers (the name column offers last and first name). */
  sortFields: readonly SortFieldOption[]
  /**
   * Widths in px, padding included: the table never measures its cells, so adding rows lays out only
   * those rows. Columns share the table's width in proportion to `width` and never get narrower than
   * `minWidth`; a window narrower than all minimums scrolls the table sideways.
   */
  width: number
  minWidth: number
  /** False for the name column, which is always shown. */
  hideable: boolean
  /** Shown only after the user turns it on. */
  defaultHidden: boolean
  /** True when the cell would be blank (the phone cards then leave the line out). */
  isEmpty?: (contact: Contact) => boolean
}

// User-type custom fields hold ids; the person's name comes from the user list, loaded when such a column shows.
const UserName = lazy(() => import('../shared/user-name'))

export const NAME_COLUMN_ID = 'name'
const CUSTOM_COLUMN_PREFIX = 'cf:'

export function customFieldLabel(field: Pick<CustomFieldInfo, 'alias' | 'title'>) {
  return field.title ?? field.alias
}

export interface CellContext {
  /** The detail page's href for a contact id (with the app's base path). */
  detailHref: (id: string) => string
}

/**
 * Built once per language, custom-field set and cell context: the cells get their texts and links from
 * here, so they need no hooks (a page renders up to 2,000 of them).
 */
export function buildContactColumns(
  t: TFunction<'list'>,
  customFields: readonly CustomFieldInfo[],
  { detailHref }: CellContext,
): ContactColumn[] {
  const language = currentLanguage()
  const noName = t('cells.noName')
  const archived = t('cells.archived')
  const sharedFrom = (space: string) => t('cells.sharedFrom', { space })

  const column = (
    id: string,
    label: string,
    cell: (contact: Contact) => ReactNode,
    [minWidth, width]: readonly [min: number, ideal: number],
    extra: Partial<Pick<ContactColumn, 'sortFields' | 'defaultHidden' | 'isEmpty'>> = {},
  ): ContactColumn => ({
    id,
    label,
    cell,
    width,
    minWidth,
    sortFields: [],
    hideable: id !== NAME_COLUMN_ID,
    defaultHidden: false,
    ...extra,
  })

  return [
    column(
      NAME_COLUMN_ID,
      t('columns.name'),
      (contact) => (
        <NameCell contact={contact} href={detailHref(contact.id)} noName={noName} archived={archived} />
      ),
      [160, 210],
      {
        sortFields: [
          { field: 'last_name', label: t('columns.lastName'), kind: 'text' },
          { field: 'first_name', label: t('columns.firstName'), kind: 'text' },
        ],
      },
    ),
    column('email', t('columns.email'), (contact) => <EmailCell contact={contact} />, [160, 230], {
      isEmpty: (contact) => !contact.email,
    }),
    column('phone', t('columns.phone'), (contact) => <PhoneCell contact={contact} />, [130, 160], {
      isEmpty: (contact) => !contactPhone(contact),
    }),
    column(
      'client',
      t('columns.client'),
      (contact) => <ClientCell contact={contact} sharedFrom={sharedFrom} />,
      [130, 170],
      {
        isEmpty: (contact) => !contact.client,
      },
    ),
    column('owner', t('columns.owner'), (contact) => <OwnerCell contact={contact} />, [110, 150], {
      isEmpty: (contact) => !contact.owner,
    }),
    column(
      'country',
      t('columns.country'),
      (contact) => <CountryCell contact={contact} language={language} />,
      [140, 160],
      {
        isEmpty: (contact) => !contact.address_country,
      },
    ),
    column(
      'companies',
      t('columns.companies'),
      (contact) => <CompaniesCell contact={contact} />,
      [170, 220],
      {
        isEmpty: (contact) => (contact.companies ?? []).length === 0,
      },
    ),
    column(
      'updated_at',
      t('columns.updatedAt'),
      (contact) => <TimestampCell value={contact.updated_at} />,
      [130, 140],
    ),
    column(
      'created_at',
      t('columns.createdAt'),
      (contact) => <TimestampCell value={contact.created_at} />,
      [130, 140],
      {
        sortFields: [{ field: 'created_at', label: t('columns.createdAt'), kind: 'date' }],
        // Not among the columns staff asked for; offered in the column chooser (and the phone sort menu).
        defaultHidden: true,
      },
    ),
    ...customFields.map((field) =>
      column(
        `${CUSTOM_COLUMN_PREFIX}${field.alias}`,
        customFieldLabel(field),
        (contact) => {
          const value = contact.custom_fields[field.alias]
          if (field.kind !== 'user' || typeof value !== 'string' || value.trim() === '')
            return formatCustomFieldValue(value, field.kind, t)
          return (
            <Suspense>
              <UserName id={value.trim()} />
            </Suspense>
          )
        },
        field.kind === 'text' ? [170, 220] : [130, 150],
        {
          sortFields: [
            {
              field: `${CUSTOM_FIELD_PREFIX}${field.alias}`,
              label: customFieldLabel(field),
              kind: sortValueKind(field.kind),
            },
          ],
          defaultHidden: true,
          isEmpty: (contact) =>
            formatCustomFieldValue(contact.custom_fields[field.alias], field.kind, t) === '',
        },
      ),
    ),
  ]
}

/** The columns to show: each column's default, overridden by the user's stored choice. */
export function visibleColumns(columns: readonly ContactColumn[], stored: Record<string, boolean>) {
  return columns.filter((column) => !column.hideable || (stored[column.id] ?? !column.defaultHidden))
}
