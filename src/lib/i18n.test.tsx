/**
 * The translation module against the real texts: lookup, plurals, placeholders, fallbacks, language
 * switching and lazy loading. test/setup.ts has added every text to the shared instance; tests that need
 * an empty one (fallbacks, loading) import a fresh copy of the module.
 */
import { memo } from 'react'
import { act, render, renderHook, screen } from '@testing-library/react'
import { localeTexts } from '../../test/locale-resources'
import {
  addTexts,
  currentLanguage,
  detectLanguage,
  i18n,
  LANGUAGE_STORAGE_KEY,
  useTranslation,
  type TFunction,
} from './i18n'

/** A module instance with no texts loaded and no language set. */
async function freshI18n() {
  vi.resetModules()
  return import('./i18n')
}

test('finds nested keys in the hook namespace, and `ns:key` in any other', () => {
  const { result } = renderHook(() => useTranslation('detail'))
  expect(result.current.t('notFound.title')).toBe('This contact does not exist (or was removed)')
  expect(result.current.t('common:notFound.title')).toBe('Page not found')
  expect(result.current.t('errors:route.sessionExpiredTitle')).toBe('Your session has expired')
})

test('searches the hook namespaces in order; none given means `common`', () => {
  const detailFirst = renderHook(() => useTranslation(['detail', 'common'])).result.current.t
  const commonFirst = renderHook(() => useTranslation(['common', 'detail'])).result.current.t
  const errorsFirst = renderHook(() => useTranslation(['errors', 'common'])).result.current.t
  const common = renderHook(() => useTranslation()).result.current.t
  expect(detailFirst('loading')).toBe('Loading contact…')
  expect(commonFirst('loading')).toBe('Loading…')
  expect(errorsFirst('state.title')).toBe('Could not load data')
  expect(errorsFirst('actions.retry')).toBe('Try again') // only in common
  expect(common('loading')).toBe('Loading…')
})

test('picks the English plural form by count, 0 and 1 included', () => {
  const t = renderHook(() => useTranslation('listTools')).result.current.t
  expect(t('bulk.archiveTitle', { count: 0 })).toBe('Archive 0 contacts?')
  expect(t('bulk.archiveTitle', { count: 1 })).toBe('Archive 1 contact?')
  expect(t('bulk.archiveTitle', { count: 2 })).toBe('Archive 2 contacts?')
  expect(t('export.progress', { count: 1.5 })).toBe('1.5 contacts fetched…')
})

test('picks the German plural form by count, 0 and 1 included', async () => {
  await i18n.changeLanguage('de')
  const t = renderHook(() => useTranslation('listTools')).result.current.t
  expect(t('bulk.archiveTitle', { count: 0 })).toBe('0 Kontakte archivieren?')
  expect(t('bulk.archiveTitle', { count: 1 })).toBe('1 Kontakt archivieren?')
  expect(t('bulk.restoreTitle', { count: 12 })).toBe('12 Kontakte wiederherstellen?')
})

test('fills placeholders without HTML escaping; a value not passed keeps its placeholder', () => {
  const t = renderHook(() => useTranslation('list')).result.current.t
  expect(t('cells.sharedFrom', { space: 'Müller & <Söhne>' })).toBe('shared from Müller & <Söhne>')
  expect(t('values.quoted', { value: 42 })).toBe('“42”')
  expect(t('values.quoted', { value: null })).toBe('“”')
  expect(t('cells.sharedFrom')).toBe('shared from {{space}}')
})

test('a key built from data falls back to its default value', () => {
  const t = renderHook(() => useTranslation('list')).result.current.t
  expect(t('filterPanel.groups.nothing', { defaultValue: 'Other {{n}}', n: 2 })).toBe('Other 2')
})

test('translates outside React with `i18n.t` in the current language', async () => {
  expect(i18n.t('errors:state.title')).toBe('Could not load data')
  await i18n.changeLanguage('de')
  expect(i18n.t('errors:state.title')).toBe('Daten konnten nicht geladen werden')
})

test('a language change re-renders memoised components and sets <html lang>', async () => {
  const Title = memo(function Title({ t }: { t: TFunction<'list'> }) {
    return <h1>{t('title')}</h1>
  })
  function Page() {
    const { t } = useTranslation('list')
    return (
      <>
        <Title t={t} />
        <p>{currentLanguage()}</p>
      </>
    )
  }
  render(<Page />)
  expect(screen.getByRole('heading', { name: 'Contacts' })).toBeInTheDocument()
  await act(() => i18n.changeLanguage('de'))
  expect(screen.getByRole('heading', { name: 'Kontakte' })).toBeInTheDocument()
  expect(screen.getByText('de')).toBeInTheDocument()
  expect(document.documentElement).toHaveAttribute('lang', 'de')
})

test('keeps `t` while nothing it reads changes', async () => {
  const { result } = renderHook(() => useTranslation('list'))
  const before = result.current.t
  await act(() => i18n.changeLanguage('en'))
  act(() => addTexts('en', 'detail', { ...localeTexts('en', 'detail') })) // another screen's texts
  expect(result.current.t).toBe(before)
  act(() => addTexts('en', 'list', { ...localeTexts('en', 'list') }))
  const reloaded = result.current.t
  expect(reloaded).not.toBe(before)
  await act(() => i18n.changeLanguage('de'))
  expect(result.current.t).not.toBe(reloaded)
})

test('falls back to English for a text missing in German, then to the key', async () => {
  const fresh = await freshI18n()
  await fresh.i18n.changeLanguage('de')
  fresh.addTexts('de', 'errors', {})
  fresh.addTexts('en', 'errors', localeTexts('en', 'errors'))
  const { result } = renderHook(() => fresh.useTranslation('errors'))
  expect(result.current.t('state.title')).toBe('Could not load data')
  expect(result.current.t('common:actions.retry')).toBe('Erneut versuchen') // German `common` is there
  act(() => fresh.addTexts('en', 'errors', {}))
  expect(result.current.t('state.title')).toBe('state.title')
  expect(result.current.t('common:nothing.here', { defaultValue: 'Nothing' })).toBe('Nothing')
})

test('loads only the first page texts at start; a lazy namespace appears after loadNamespace', async () => {
  const fresh = await freshI18n()
  await fresh.initI18n()
  expect(fresh.currentLanguage()).toBe('en')
  const { result } = renderHook(() => fresh.useTranslation('detail'))
  expect(result.current.t('common:loading')).toBe('Loading…')
  expect(result.current.t('loading')).toBe('loading') // the detail chunk is not there yet
  await act(() => Promise.all([fresh.loadNamespace('detail'), fresh.loadNamespace('detail')]))
  expect(result.current.t('loading')).toBe('Loading contact…')
})

test('a language change loads the namespaces in use in the new language first', async () => {
  const fresh = await freshI18n()
  await fresh.initI18n()
  await fresh.loadNamespace('form')
  await fresh.setLanguage('de')
  expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('de')
  expect(fresh.i18n.t('form:title.edit', { name: 'Jonas Berg' })).toBe('Jonas Berg bearbeiten')
  expect(fresh.currentLanguage()).toBe('de')
})

test('detects the stored choice first, then the browser language', () => {
  const language = vi.spyOn(navigator, 'language', 'get').mockReturnValue('de-AT')
  expect(detectLanguage()).toBe('de')
  window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en')
  expect(detectLanguage()).toBe('en')
  window.localStorage.removeItem(LANGUAGE_STORAGE_KEY)
  language.mockReturnValue('fr-FR')
  expect(detectLanguage()).toBe('en')
})
