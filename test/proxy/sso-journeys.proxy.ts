import type { Page } from '@playwright/test'
import {
  APP_PREFIX,
  appUrl,
  expect,
  PROXY_BASE_URL,
  signInAtSso,
  someContact,
  sso,
  test,
  upstream,
} from './fixtures'

async function signInAt(page: Page, path: string): Promise<void> {
  await page.goto(appUrl(path))
  await signInAtSso(page)
  await expect(page).toHaveURL(appUrl(path))
}

async function openEditForm(page: Page, id: string) {
  await signInAt(page, `contacts/${id}/edit`)
  const firstName = page.getByRole('textbox', { name: 'First name' })
  await expect(firstName).toBeVisible()
  return firstName
}

test('the first visit goes through the SSO login and lands on the list; nginx adds the token', async ({
  page,
  browserSentAuthorization,
}) => {
  const response = await page.goto(new URL(APP_PREFIX, PROXY_BASE_URL).toString())
  expect(new URL(page.url()).pathname).toBe('/sso/login')
  expect(response?.status()).toBe(200)
  await signInAtSso(page)

  await expect(page).toHaveURL(appUrl('contacts'))
  await expect(page.getByRole('row').nth(5)).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible()
  // The emulator upstream answers 401 without nginx's token; the browser itself never sends one.
  expect(browserSentAuthorization()).toBe(false)
})

test('headers: strict CSP with a fresh nonce, config.json uncached, hashed assets cached for a year', async ({
  page,
}) => {
  await signInAt(page, 'contacts')
  const first = await page.request.get(appUrl('contacts'))
  const second = await page.request.get(appUrl('contacts/anything/deep'))
  const csp = first.headers()['content-security-policy'] ?? ''
  expect(csp).toContain("script-src 'self'")
  expect(csp).not.toContain('unsafe-inline')
  const nonce = /'nonce-([0-9a-f]{32})'/.exec(csp)?.[1]
  expect(nonce).toBeDefined()
  const html = await first.text()
  expect(html).toContain(`<meta property="csp-nonce" nonce="${nonce ?? ''}">`)
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/) // no inline script
  expect(second.headers()['content-security-policy']).not.toContain(`'nonce-${nonce ?? ''}'`)
  expect(second.headers()['cache-control']).toBe('no-cache')

  const config = await page.request.get(appUrl('config.json'))
  expect(config.headers()['cache-control']).toBe('no-store')
  const asset = /src="([^"]+\/assets\/[^"]+\.js)"/.exec(html)?.[1] ?? ''
  const assetResponse = await page.request.get(new URL(asset, PROXY_BASE_URL).toString())
  expect(assetResponse.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
  expect(assetResponse.headers()['x-content-type-options']).toBe('nosniff')
  // Emotion's styles carry the nonce, so the page rendered styled under the CSP (no violation reported).
  // (Emotion's own <style> elements: no role or label can name them.)
  await expect(page.locator('style[data-emotion]')).not.toHaveCount(0)
})

for (const mode of ['401', 'redirect'] as const) {
  test(`session expiry during an edit (${mode}): dialog, sign in again, back with the draft`, async ({
    page,
    allowStatuses,
  }) => {
    allowStatuses(401)
    const contact = await someContact()
    const firstName = await openEditForm(page, contact.id)
    await firstName.fill('Theodora')

    await sso.expire(mode)
    await page.getByRole('button', { name: 'Save' }).click()
    const expired = page.getByRole('dialog', { name: 'Your session has expired' })
    await expect(expired).toBeVisible()
    await expired.getByRole('button', { name: 'Sign in again' }).click()

    await signInAtSso(page)
    await expect(page).toHaveURL(appUrl(`contacts/${contact.id}/edit`))
    await expect(page.getByText(/Restored your unsaved changes/)).toBeVisible()
    await expect(page.getByRole('textbox', { name: 'First name' })).toHaveValue('Theodora')
    // Nothing reached Kanbert while the session was gone.
    expect((await upstream.get(`/contacts/${contact.id}`)).first_name).toBe(contact.first_name)

    // …and the restored draft saves normally.
    await page.getByRole('button', { name: 'Save' }).click()
    await expect(page).toHaveURL(appUrl(`contacts/${contact.id}`))
    await expect.poll(async () => (await upstream.get(`/contacts/${contact.id}`)).first_name).toBe('Theodora')
  })
}

test('403 on a read shows "no access" with the signed-in user', async ({
  page,
  allowStatuses,
  allowConsole,
}) => {
  allowStatuses(403)
  allowConsole(/This action is unauthorized/)
  await upstream.fault({ kind: 403, method: 'GET', path: '/contacts', count: 1 })
  await page.goto(appUrl('contacts'))
  await signInAtSso(page)
  await expect(
    page.getByRole('heading', { level: 1, name: "You don't have access to contacts" }),
  ).toBeVisible()
  await expect(
    page.getByText(/You are signed in as .+, but this account may not view Kanbert contacts/),
  ).toBeVisible()
  await expect(page.getByRole('main').getByRole('button', { name: 'Sign out' })).toBeVisible()
})

test('403 on a save turns editing read-only instead of failing again and again', async ({
  page,
  allowStatuses,
}) => {
  allowStatuses(403)
  const contact = await someContact()
  await upstream.fault({ kind: 403, method: 'PUT', path: `/contacts/${contact.id}` })
  const firstName = await openEditForm(page, contact.id)
  await firstName.fill('Theodora')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText(/You may not edit this contact/)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled()
  await expect(firstName).toHaveValue('Theodora')
})

test('429: a read waits for Retry-After and succeeds; a save counts down and retries', async ({
  page,
  allowStatuses,
}) => {
  allowStatuses(429)
  const contact = await someContact()
  await signInAt(page, 'contacts')
  await upstream.fault({ kind: 429, method: 'GET', path: `/contacts/${contact.id}`, retryAfterSeconds: 1 })
  await page.goto(appUrl(`contacts/${contact.id}`))
  await expect(page.getByRole('link', { name: 'Edit' })).toBeVisible()
  expect(await upstream.pendingFaults()).toEqual([])

  await page.getByRole('link', { name: 'Edit' }).click()
  const firstName = page.getByRole('textbox', { name: 'First name' })
  await firstName.fill('Theodora')
  await upstream.fault({ kind: 429, method: 'PUT', retryAfterSeconds: 2 })
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: /second/ })
      .first(),
  ).toBeVisible()
  await expect(page).toHaveURL(appUrl(`contacts/${contact.id}`))
  expect((await upstream.get(`/contacts/${contact.id}`)).first_name).toBe('Theodora')
})

test('sign out clears the drafts and ends the SSO session', async ({ page }) => {
  const contact = await someContact()
  const firstName = await openEditForm(page, contact.id)
  await firstName.fill('Theodora')
  await expect.poll(() => page.evaluate('sessionStorage.length')).toBeGreaterThan(0)
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('heading', { name: 'Firm single sign-on' })).toBeVisible()
  expect(
    await page.evaluate("Object.keys(sessionStorage).filter((key) => key.startsWith('kanbert.'))"),
  ).toEqual([])
  // The session is gone: the app sends to the login again.
  await page.goto(appUrl('contacts'))
  await expect(page.getByRole('heading', { name: 'Firm single sign-on' })).toBeVisible()
})
