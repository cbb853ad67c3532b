/**
 * `test` for the proxy journeys: before each test the upstream emulator and the SSO helper are reset (and
 * Playwright gives each test a fresh context: no SSO cookie, empty storage). A test fails on any page error,
 * any console error other than the HTTP statuses it provoked on purpose, any CSP violation (collected in the
 * page with `securitypolicyviolation`) and any browser dialog. Without Chromium or nginx (locally) every
 * test is skipped.
 */
import { expect, test as base, type Page } from '@playwright/test'
import { collectPageProblems } from '../playwright/page-problems'
import { missingTools } from '../playwright/required-tools'
import { STACK } from './proxy-stack'

export const APP_PREFIX = STACK.appPrefix
export const PROXY_BASE_URL = STACK.proxyUrl

/** The app's address for `path` (relative to the app's prefix), as the browser sees it. */
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
  expire: (mode: '401' | 'redirect') => post(`${STACK.ssoUrl}/sso/__control`, { expire: true, mode }),
}

const authorization = { Authorization: `Bearer ${STACK.upstreamToken}` }

/** The upstream "Kanbert" (emulator), reached directly, as only the proxy may with its token. */
export const upstream = {
  fault: (spec: Record<string, unknown>) => post(`${STACK.upstreamUrl}/__emulator/faults`, spec),
  async pendingFaults(): Promise<unknown[]> {
    const faults: unknown = await (await fetch(`${STACK.upstreamUrl}/__emulator/faults`)).json()
    return Array.isArray(faults) ? faults.map((fault: unknown) => fault) : []
  },
  /** "METHOD /path" of every API request the upstream received since the test began. */
  async requests(): Promise<string[]> {
    const log: unknown = await (await fetch(`${STACK.upstreamUrl}/__emulator/requests`)).json()
    return Array.isArray(log) ? log.map(String) : []
  },
  async archive(id: string): Promise<void> {
    const response = await fetch(`${STACK.upstreamUrl}/api/v1/contacts/${id}`, {
      method: 'DELETE',
      headers: authorization,
    })
    if (!response.ok) throw new Error(`DELETE /contacts/${id}: HTTP ${response.status}`)
  },
  async get(path: string): Promise<Record<string, unknown>> {
    const response = await fetch(`${STACK.upstreamUrl}/api/v1${path}`, {
      headers: { ...authorization, Accept: 'application/json' },
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

interface Expected {
  statuses: Set<number>
  texts: RegExp[]
}

interface ProxyFixtures {
  /** Console errors for these statuses are the browser reporting what the test provoked. */
  allowStatuses: (...statuses: number[]) => void
  /** Console errors matching this are expected (react-router logs the errors its boundaries show). */
  allowConsole: (pattern: RegExp) => void
  /** Whether the browser itself sent an Authorization header to the API (it never should). */
  browserSentAuthorization: () => boolean
  expected: Expected
  resetStack: undefined
}

export const test = base.extend<ProxyFixtures>({
  // Set up before anything else, so that a missing tool skips the test before a browser is launched.
  resetStack: [
    async ({}, use, testInfo) => {
      const missing = missingTools('proxy')
      testInfo.skip(missing.length > 0, missing.join(' '))
      await post(`${STACK.upstreamUrl}/__emulator/reset`, undefined)
      await fetch(`${STACK.upstreamUrl}/__emulator/faults`, { method: 'DELETE' })
      await post(`${STACK.ssoUrl}/sso/__control`, { expire: true, mode: 'redirect' })
      await use(undefined)
    },
    { auto: true },
  ],
  expected: async ({}, use) => {
    await use({ statuses: new Set(), texts: [] })
  },
  allowStatuses: async ({ expected }, use) => {
    await use((...statuses) => statuses.forEach((status) => expected.statuses.add(status)))
  },
  allowConsole: async ({ expected }, use) => {
    await use((pattern) => {
      expected.texts.push(pattern)
    })
  },
  context: async ({ context }, use) => {
    await context.addInitScript({
      content: `document.addEventListener('securitypolicyviolation', (event) => {
        console.error('CSP violation: ' + event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline'))
      })`,
    })
    await use(context)
  },
  page: async ({ page, expected }, use) => {
    const problems = collectPageProblems(page, (text) => {
      const status = /status of (\d{3})/.exec(text)?.[1]
      return (
        (status !== undefined && expected.statuses.has(Number(status))) ||
        expected.texts.some((p) => p.test(text))
      )
    })
    page.on('dialog', (dialog) => {
      problems.push(`unexpected browser dialog: ${dialog.type()} ${dialog.message()}`)
      void dialog.dismiss()
    })
    await use(page)
    expect(problems, 'The page reported problems').toEqual([])
  },
  browserSentAuthorization: async ({ page }, use) => {
    let sent = false
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/') && request.headers().authorization) sent = true
    })
    await use(() => sent)
  },
})

export { expect }

/** The SSO helper's login form (what the firm's identity provider would show). */
export async function signInAtSso(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Firm single sign-on' })).toBeVisible()
  await page.getByRole('button', { name: 'Sign in' }).click()
}
