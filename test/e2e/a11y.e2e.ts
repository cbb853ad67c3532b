/**
 * WCAG 2.1 A/AA check (axe-core in Chromium) of every page and state a user meets: list (table and phone
 * cards), detail, edit, create, empty list, failed list, not found, and open dialogs — in light and dark.
 */
import { describe, expect, test } from 'vitest'
import { expectNoAxeViolations } from './axe'
import { allowConsoleErrors, appUrl, BASE_URL, setupBrowserPage } from './browser'

/** The newest contact of the seeded emulator (the list's default order). */
async function firstContactId(): Promise<string> {
  const response = await fetch(`${BASE_URL}/api/v1/contacts?page%5Bsize%5D=1`)
  const body: unknown = await response.json()
  const id =
    typeof body === 'object' && body !== null && 'data' in body && Array.isArray(body.data)
      ? (body.data[0] as { id?: unknown } | undefined)?.id
      : undefined
  if (typeof id !== 'string') throw new Error('the emulator returned no contact')
  return id
}

async function injectFault(spec: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${BASE_URL}/__emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(spec),
  })
  if (!response.ok) throw new Error(`fault injection failed: HTTP ${response.status}`)
}

describe.each(['light', 'dark'] as const)('%s theme', (colorScheme) => {
  const page = setupBrowserPage({ colorScheme })
  const check = (where: string) => expectNoAxeViolations(page(), `${where} (${colorScheme})`)

  test('the contact list (table), its filter dialog and the shortcuts dialog', async () => {
    await page().goto(appUrl('/contacts'))
    await page().getByRole('table', { name: 'Contacts' }).locator('tbody tr a').first().waitFor()
    await check('the contact list')
    await page().getByRole('button', { name: 'Filter' }).click()
    await page().getByRole('dialog').waitFor()
    await check('the filter dialog')
    await page().keyboard.press('Escape')
    await page().getByRole('dialog').waitFor({ state: 'detached' })
    await page().keyboard.press('Shift+?')
    await page().getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor()
    await check('the keyboard shortcuts dialog')
  })

  test('the contact list as phone cards', async () => {
    await page().setViewportSize({ width: 390, height: 844 })
    await page().goto(appUrl('/contacts'))
    await page().getByRole('main').locator('a[href^="/contacts/"]:not([href$="/new"])').first().waitFor()
    await check('the phone card list')
  })

  test('the empty list', async () => {
    await page().goto(appUrl('/contacts?q=zzqxxnothing'))
    await page().getByText('No contacts match').waitFor()
    await check('the empty list')
  })

  test('the list when the server fails', async () => {
    allowConsoleErrors(/status of 500/)
    await injectFault({ kind: 500, count: 10, method: 'GET', path: '/contacts' })
    await page().goto(appUrl('/contacts'))
    await page().getByText('The contacts could not be loaded').waitFor()
    await check('the list error state')
  })

  test('the contact detail and the archive confirmation', async () => {
    const id = await firstContactId()
    await page().goto(appUrl(`/contacts/${id}`))
    await page().getByRole('region', { name: 'Record' }).waitFor()
    await check('the contact detail')
    await page().getByRole('button', { name: 'Archive' }).click()
    await page().getByRole('dialog').waitFor()
    await check('the archive confirmation dialog')
  })

  test('the edit form', async () => {
    const id = await firstContactId()
    await page().goto(appUrl(`/contacts/${id}/edit`))
    await page().getByRole('button', { name: 'Save' }).first().waitFor()
    await expect.poll(() => page().getByLabel('Last name').inputValue()).not.toBe('')
    await check('the edit form')
  })

  test('the create form, also after a failed save', async () => {
    await page().goto(appUrl('/contacts/new'))
    const create = page().getByRole('button', { name: 'Create contact' })
    await create.waitFor()
    await check('the create form')
    await page().getByLabel('Email', { exact: true }).fill('not-an-address')
    await create.click()
    await page().locator('[aria-invalid="true"]').first().waitFor()
    // A failed save takes focus to the first field in error, so its message is read out.
    await expect
      .poll(() => page().evaluate('document.activeElement?.getAttribute("aria-invalid")'))
      .toBe('true')
    await check('the create form with errors')
  })

  test('the not-found page', async () => {
    await page().goto(appUrl('/no-such-page'))
    await page().getByRole('heading', { name: 'Page not found' }).waitFor()
    await check('the not-found page')
  })
})
