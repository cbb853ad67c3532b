/**
 * Cross-site request forgery against the deployment template: a page on another site, in the browser of a
 * signed-in user, tries to write through the proxy. nginx must refuse each attempt before the SSO check,
 * so the upstream (Kanbert) never sees it; the app's own writes keep working.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Page } from '@playwright/test'
import { CLIENT_HEADER } from '../../src/lib/api-client'
import {
  APP_PREFIX,
  appUrl,
  expect,
  PROXY_BASE_URL,
  signInAtSso,
  someContact,
  test,
  upstream,
} from './fixtures'

const api = (path: string) => appUrl(`api/v1${path}`)

// "localhost" is another site than the proxy's "127.0.0.1": what a hostile page elsewhere would be.
let attacker: Server
let attackerOrigin = ''
test.beforeAll(async () => {
  attacker = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    res.end(url.searchParams.get('html') ?? '')
  })
  await new Promise<void>((resolve) => attacker.listen(0, resolve))
  attackerOrigin = `http://localhost:${String((attacker.address() as AddressInfo).port)}`
})
test.afterAll(() => new Promise<void>((resolve) => attacker.close(() => resolve())))

/** Opens a page on the attacker's origin whose script runs at once. */
async function visitAttackerPage(page: Page, body: string): Promise<void> {
  const html = `<!doctype html><html><body>${body}</body></html>`
  await page.goto(`${attackerOrigin}/?html=${encodeURIComponent(html)}`)
}

async function signIn(page: Page): Promise<void> {
  await page.goto(appUrl('contacts'))
  await signInAtSso(page)
  await expect(page).toHaveURL(appUrl('contacts'))
  await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible()
}

function statusOf(page: Page, url: string, method: string): Promise<number> {
  return page
    .waitForResponse((response) => response.url() === url && response.request().method() === method)
    .then((response) => response.status())
}

test('another site cannot write through the proxy: form posts and a no-cors fetch get 403 and never reach Kanbert', async ({
  page,
  allowStatuses,
}) => {
  allowStatuses(403)
  const victim = await someContact()
  await upstream.archive(victim.id)
  await signIn(page)
  const before = await upstream.requests()

  // A self-submitting form with a JSON-looking text/plain body: the classic forged create.
  const create = statusOf(page, api('/contacts'), 'POST')
  await visitAttackerPage(
    page,
    `<form method="post" enctype="text/plain" action="${api('/contacts')}">` +
      `<input name='{"first_name":"Forged","x":"' value='"}'></form>` +
      '<script>document.forms[0].submit()</script>',
  )
  expect(await create).toBe(403)

  // A body-less POST: restore needs nothing but the address.
  const restore = statusOf(page, api(`/contacts/${victim.id}/restore`), 'POST')
  await visitAttackerPage(
    page,
    `<form method="post" action="${api(`/contacts/${victim.id}/restore`)}"></form>` +
      '<script>document.forms[0].submit()</script>',
  )
  expect(await restore).toBe(403)

  // A "simple" cross-origin fetch needs no preflight and sends the cookies.
  const fetched = statusOf(page, api('/contacts'), 'POST')
  await visitAttackerPage(
    page,
    `<script>fetch(${JSON.stringify(api('/contacts'))}, { method: 'POST', mode: 'no-cors', ` +
      `credentials: 'include', body: '{"first_name":"Forged"}' })</script>`,
  )
  expect(await fetched).toBe(403)

  // Reads the app itself still had in flight may arrive; no write may.
  const writes = (await upstream.requests()).slice(before.length).filter((line) => !line.startsWith('GET '))
  expect(writes).toEqual([])
  expect((await upstream.get(`/contacts/${victim.id}`)).deleted_at).toEqual(expect.any(String)) // still archived
})

test('writes without the app header and requests marked as from another site are refused before the session check', async () => {
  const before = await upstream.requests()
  const attempts: [string, RequestInit][] = [
    ['POST, no app header', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' }],
    ['DELETE, no app header', { method: 'DELETE' }],
    ['PUT, another header value', { method: 'PUT', headers: { [CLIENT_HEADER.name]: 'XMLHttpRequest' } }],
    [
      'POST from another site, app header copied',
      {
        method: 'POST',
        headers: { [CLIENT_HEADER.name]: CLIENT_HEADER.value, 'Sec-Fetch-Site': 'cross-site' },
      },
    ],
    ['GET from a sibling host', { headers: { 'Sec-Fetch-Site': 'same-site' } }],
  ]
  for (const [label, init] of attempts) {
    const response = await fetch(api('/contacts'), { ...init, redirect: 'manual' })
    expect({ label, status: response.status }).toEqual({ label, status: 403 })
  }
  // A plain read without a session still gets the SSO answer (a redirect to the login), not a 403.
  const read = await fetch(api('/contacts'), { redirect: 'manual' })
  expect(read.status).toBe(302)
  expect((await upstream.requests()).slice(before.length)).toEqual([])
})

test("the app's own writes still pass, and API answers grant no other origin and forbid rendering", async ({
  page,
}) => {
  const contact = await someContact()
  await page.goto(appUrl(`contacts/${contact.id}/edit`))
  await signInAtSso(page)
  await expect(page).toHaveURL(appUrl(`contacts/${contact.id}/edit`))
  const firstName = page.getByRole('textbox', { name: 'First name' })
  await firstName.fill(`${contact.first_name}-CSRF`)
  const saved = page.waitForResponse(
    (response) =>
      response.url().startsWith(api(`/contacts/${contact.id}`)) && response.request().method() === 'PUT',
  )
  await page.getByRole('button', { name: 'Save' }).click()
  const response = await saved
  expect(response.status()).toBe(200)
  expect(response.request().headers()[CLIENT_HEADER.name.toLowerCase()]).toBe(CLIENT_HEADER.value)
  const headers = response.headers()
  // The upstream (like Laravel's default CORS config) grants any origin; the proxy hides it.
  expect(Object.keys(headers).filter((name) => name.startsWith('access-control-'))).toEqual([])
  expect(headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'")
  expect(headers['strict-transport-security']).toBe('max-age=300')
  expect(await upstream.get(`/contacts/${contact.id}`)).toMatchObject({
    first_name: `${contact.first_name}-CSRF`,
  })
})

test('source maps and the build manifest are not served', async ({ page }) => {
  await page.goto(appUrl('contacts'))
  await signInAtSso(page)
  await expect(page).toHaveURL(appUrl('contacts'))
  const html = await (await page.request.get(appUrl('contacts'))).text()
  const script = /src="([^"]+\/assets\/[^"]+\.js)"/.exec(html)?.[1] ?? ''
  expect(script).not.toBe('')
  const js = await page.request.get(new URL(script, PROXY_BASE_URL).toString())
  expect(js.status()).toBe(200)
  expect(await js.text()).not.toContain('sourceMappingURL')
  for (const path of [`${script}.map`, `${APP_PREFIX}.vite/manifest.json`]) {
    const response = await page.request.get(new URL(path, PROXY_BASE_URL).toString())
    expect({ path, status: response.status() }).toEqual({ path, status: 404 })
  }
})
