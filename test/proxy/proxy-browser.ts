/**
 * Chromium behind the real proxy: one browser per file, a fresh context (no SSO cookie, empty storage)
 * per test, the upstream emulator and the SSO helper reset before each test. A test fails on any page
 * error, any console error other than the HTTP statuses the test provoked on purpose, and any CSP
 * violation (collected in the page with `securitypolicyviolation`).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { launchChromium } from '../e2e/browser'

export const PROXY_BASE_URL = process.env.PROXY_BASE_URL ?? 'http://127.0.0.1:8086'
export const APP_PREFIX = process.env.PROXY_APP_PREFIX ?? '/crm/contacts/'
const UPSTREAM_URL = process.env.PROXY_UPSTREAM_URL ?? 'http://127.0.0.1:4187'
const UPSTREAM_TOKEN = process.env.PROXY_UPSTREAM_TOKEN ?? ''
const SSO_URL = process.env.PROXY_SSO_URL ?? 'http://127.0.0.1:4186'

export function appUrl(path: string): string {
  return new URL(`${APP_PREFIX}${path.replace(/^\//, '')}`, PROXY_BASE_URL).toString()
}

async function post(url: string, body: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`POST ${url}: HTTP ${response.status}`)
  return response.status === 204 ? null : response.json()
}

/** The SSO helper's knobs: end every session now, and how an expired API call is answered. */
export const sso = {
  expire: (mode: '401' | 'redirect') => post(`${SSO_URL}/sso/__control`, { expire: true, mode }),
}

/** The upstream "Kanbert" (emulator), reached directly, as only the proxy may with its token. */
export const upstream = {
  fault: (spec: Record<string, unknown>) => post(`${UPSTREAM_URL}/__emulator/faults`, spec),
  async pendingFaults(): Promise<unknown[]> {
    const faults: unknown = await (await fetch(`${UPSTREAM_URL}/__emulator/faults`)).json()
    return Array.isArray(faults) ? faults.map((fault: unknown) => fault) : []
  },
  /** "METHOD /path" of every API request the upstream received since the test began. */
  async requests(): Promise<string[]> {
    const log: unknown = await (await fetch(`${UPSTREAM_URL}/__emulator/requests`)).json()
    return Array.isArray(log) ? log.map(String) : []
  },
  async archive(id: string): Promise<void> {
    const response = await fetch(`${UPSTREAM_URL}/api/v1/contacts/${id}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${UPSTREAM_TOKEN}` },
    })
    if (!response.ok) throw new Error(`DELETE /contacts/${id}: HTTP ${response.status}`)
  },
  async get(path: string): Promise<Record<string, unknown>> {
    const response = await fetch(`${UPSTREAM_URL}/api/v1${path}`, {
      headers: { Authorization: `Bearer ${UPSTREAM_TOKEN}`, Accept: 'application/json' },
    })
    if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status}`)
    const json: unknown = await response.json()
    if (typeof json !== 'object' || json === null) throw new Error(`GET ${path}: not an object`)
    return json as Record<string, unknown>
  },
}

/** A contact with a first name, read from the upstream. */
export async function someContact(): Promise<{ id: string; first_name: string }> {
  const page = await upstream.get('/contacts?page%5Bsize%5D=30&sort=last_name')
  const rows = Array.isArray(page.data) ? (page.data as Record<string, unknown>[]) : []
  for (const row of rows) {
    if (typeof row.id === 'string' && typeof row.first_name === 'string' && row.deleted_at === null)
      return { id: row.id, first_name: row.first_name }
  }
  throw new Error('no contact with a first name on the first page')
}

export function setupProxyPage(): {
  page: () => Page
  /** Console errors for these statuses are the browser reporting what the test provoked. */
  allowStatuses: (...statuses: number[]) => void
  /** Console errors matching this are expected (react-router logs the errors its boundaries show). */
  allowConsole: (pattern: RegExp) => void
  browserSentAuthorization: () => boolean
} {
  let browser: Browser | undefined
  let context: BrowserContext | undefined
  let page: Page | undefined
  let problems: string[] = []
  let allowed = new Set<number>()
  let allowedText: RegExp[] = []
  let sentAuthorization = false

  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })
  beforeEach(async () => {
    if (!browser) throw new Error('Chromium did not start')
    await post(`${UPSTREAM_URL}/__emulator/reset`, undefined)
    await fetch(`${UPSTREAM_URL}/__emulator/faults`, { method: 'DELETE' })
    await post(`${SSO_URL}/sso/__control`, { expire: true, mode: 'redirect' })
    problems = []
    allowed = new Set()
    allowedText = []
    sentAuthorization = false
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } })
    await context.addInitScript({
      content: `document.addEventListener('securitypolicyviolation', (event) => {
        console.error('CSP violation: ' + event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline'))
      })`,
    })
    page = await context.newPage()
    page.on('console', (message) => {
      if (message.type() !== 'error') return
      const status = /status of (\d{3})/.exec(message.text())?.[1]
      if (status && allowed.has(Number(status))) return
      if (allowedText.some((pattern) => pattern.test(message.text()))) return
      problems.push(`console.error: ${message.text()} (${message.location().url})`)
    })
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.stack ?? error.message}`))
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/') && request.headers().authorization) sentAuthorization = true
    })
    page.on('dialog', (dialog) => {
      problems.push(`unexpected browser dialog: ${dialog.type()} ${dialog.message()}`)
      void dialog.dismiss()
    })
  })
  afterEach(async () => {
    await context?.close()
    if (problems.length > 0) throw new Error(`The page reported problems:\n${problems.join('\n')}`)
  })

  return {
    page: () => {
      if (!page) throw new Error('No page: call the accessor inside a test')
      return page
    },
    allowStatuses: (...statuses) => statuses.forEach((status) => allowed.add(status)),
    allowConsole: (pattern) => allowedText.push(pattern),
    browserSentAuthorization: () => sentAuthorization,
  }
}

/** The SSO helper's login form (what the firm's identity provider would show). */
export async function signInAtSso(page: () => Page): Promise<void> {
  await page().getByRole('heading', { name: 'Firm single sign-on' }).waitFor()
  await page().getByRole('button', { name: 'Sign in' }).click()
}
