/**
 * Translations (English, German) bundled into the app and initialised synchronously, so the first render
 * and every test see real texts without waiting. Namespaces map 1:1 to `src/locales/<lang>/<ns>.json`.
 */
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import enCommon from '../locales/en/common.json'
import enList from '../locales/en/list.json'
import enDetail from '../locales/en/detail.json'
import enForm from '../locales/en/form.json'
import enErrors from '../locales/en/errors.json'
import enSession from '../locales/en/session.json'
import deCommon from '../locales/de/common.json'
import deList from '../locales/de/list.json'
import deDetail from '../locales/de/detail.json'
import deForm from '../locales/de/form.json'
import deErrors from '../locales/de/errors.json'
import deSession from '../locales/de/session.json'

export const languages = ['en', 'de'] as const
export type Language = (typeof languages)[number]

export const namespaces = ['common', 'list', 'detail', 'form', 'errors', 'session'] as const
export type Namespace = (typeof namespaces)[number]

export const resources = {
  en: { common: enCommon, list: enList, detail: enDetail, form: enForm, errors: enErrors, session: enSession },
  de: { common: deCommon, list: deList, detail: deDetail, form: deForm, errors: deErrors, session: deSession },
} as const

// English is the reference: keys are type-checked against it, and test/i18n-keys.test.ts keeps German equal.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common'
    resources: (typeof resources)['en']
  }
}

export const LANGUAGE_STORAGE_KEY = 'kanbert-contacts.language'

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value)
}

function readStoredLanguage(): Language | null {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY)
    return isLanguage(stored) ? stored : null
  } catch {
    return null // storage can be disabled by browser policy; the app still works without it
  }
}

/** The remembered choice wins; otherwise the browser language (any `de-*` → German, everything else English). */
export function detectLanguage(): Language {
  return readStoredLanguage() ?? (navigator.language.toLowerCase().startsWith('de') ? 'de' : 'en')
}

export const i18n = i18next.createInstance()

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language
})

void i18n.use(initReactI18next).init({
  resources,
  lng: detectLanguage(),
  fallbackLng: 'en',
  supportedLngs: languages,
  ns: namespaces,
  defaultNS: 'common',
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes already
  react: { useSuspense: false },
  returnNull: false,
})

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en'
}

/** Switches the UI language and remembers it for the next visit. */
export async function setLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language)
  } catch {
    // not remembered, but still switched
  }
  await i18n.changeLanguage(language)
}
