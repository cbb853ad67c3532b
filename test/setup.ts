/**
 * Unit test setup: jest-dom matchers, MSW in front of a fresh emulator per test, English UI, clean
 * storage, and console.error / console.warn turned into test failures (React warnings are bugs).
 */
import '@testing-library/jest-dom/vitest'
import { FAILURE_LOG_PREFIX } from '../src/app/query-client'
import { configureApiClient } from '../src/lib/api-client'
import { addTexts, i18n, initI18n, languages, namespaces } from '../src/lib/i18n'
import { resetEmulator, server, TEST_API_BASE_URL } from './emulator-server'
import { localeTexts } from './locale-resources'
import { installMatchMedia } from './match-media'

installMatchMedia()
// jsdom has no layout; ScrollRestoration calls scrollTo on every navigation.
window.scrollTo = () => undefined
configureApiClient({ baseUrl: TEST_API_BASE_URL })

let consoleProblems: string[] = []

/** printf-style like the console itself, so React's "%s" warnings read well in the failure. */
function format(...args: unknown[]): string {
  const [first, ...rest] = args
  if (typeof first !== 'string') return args.map((arg) => describe(arg)).join(' ')
  const message = first.replace(/%[sdioOfc]/g, () => (rest.length > 0 ? describe(rest.shift()) : ''))
  return [message, ...rest.map((arg) => describe(arg))].join(' ')
}

function describe(value: unknown): string {
  if (value instanceof Error) return value.stack ?? value.message
  if (typeof value === 'string') return value
  if (typeof value !== 'object' || value === null) return String(value)
  try {
    return JSON.stringify(value)
  } catch {
    return Object.prototype.toString.call(value) // circular structures
  }
}

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' })
  await initI18n()
  // Every text at once, so tests never wait for a locale chunk (the app loads them lazily).
  for (const language of languages)
    for (const namespace of namespaces) addTexts(language, namespace, localeTexts(language, namespace))
})
afterAll(() => server.close())

beforeEach(async () => {
  consoleProblems = []
  for (const level of ['error', 'warn'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      consoleProblems.push(`console.${level}: ${format(...args)}`)
    })
  }
  // The app logs each failed request in full for developers (app/query-client.ts); tests provoke many.
  const info = console.info.bind(console)
  vi.spyOn(console, 'info').mockImplementation((...args: unknown[]) => {
    if (args[0] !== FAILURE_LOG_PREFIX) info(...args)
  })
  window.localStorage.clear()
  document.documentElement.className = ''
  await i18n.changeLanguage('en')
  resetEmulator()
})

afterEach(() => {
  server.resetHandlers()
  vi.restoreAllMocks()
  if (consoleProblems.length > 0) {
    throw new Error(`The test wrote to the console:\n${consoleProblems.join('\n\n')}`)
  }
})
