/**
 * WCAG 2.1 A/AA check (axe-core in Chromium) of every page and state a user meets: list (table and phone
 * cards), detail, edit, create, empty list, failed list, not found, and open dialogs — in light and dark.
 */
import type { APIRequestContext } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import { contactRows, expect, test } from './fixtures'

/** The newest contact of the seeded emulator (the list's default order). */
async function firstContactId(request: APIRequestContext): Promise<string> {
  const response = await request.get('/api/v1/contacts?page%5Bsize%5D=1')
  const body: unknown = await response.json()
  const id =
    typeof body === 'object' && body !== null && 'data' in body && Array.isArray(body.data)
      ? (body.data[0] as { id?: unknown } | undefined)?.id
      : undefined
  if (typeof id !== 'string') throw new Error('the emulator returned no contact')
  return id
}

async function injectFault(request: APIRequestContext, spec: Record<string, unknown>): Promise<void> {
  const response = await request.post('/__emulator/faults', { data: spec })
  expect(response.ok(), `fault injection: HTTP ${response.status()}`).toBe(true)
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme })
    const where = (what: string) => `${what} (${colorScheme})`

    test('the contact list (table), its filter dialog and the shortcuts dialog', async ({ page }) => {
      await page.goto('/contacts')
      await expect(contactRows(page).first()).toBeVisible()
      await expectNoAxeViolations(page, where('the contact list'))
      await page.getByRole('button', { name: 'Filter' }).click()
      await expect(page.getByRole('dialog')).toBeVisible()
      await expectNoAxeViolations(page, where('the filter dialog'))
      await page.keyboard.press('Escape')
      await expect(page.getByRole('dialog')).toHaveCount(0)
      await page.keyboard.press('Shift+?')
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
      await expectNoAxeViolations(page, where('the keyboard shortcuts dialog'))
    })

    test('the contact list as phone cards', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 })
      await page.goto('/contacts')
      await expect(page.getByRole('list', { name: 'Contacts' }).getByRole('listitem').first()).toBeVisible()
      await expectNoAxeViolations(page, where('the phone card list'))
    })

    test('the empty list', async ({ page }) => {
      await page.goto('/contacts?q=zzqxxnothing')
      await expect(page.getByText('No contacts match')).toBeVisible()
      await expectNoAxeViolations(page, where('the empty list'))
    })

    test('the list when the server fails', async ({ page, request, allowConsoleErrors }) => {
      allowConsoleErrors(/status of 500/)
      await injectFault(request, { kind: 500, count: 10, method: 'GET', path: '/contacts' })
      await page.goto('/contacts')
      await expect(page.getByText('The contacts could not be loaded')).toBeVisible()
      await expectNoAxeViolations(page, where('the list error state'))
    })

    test('the contact detail and the archive confirmation', async ({ page, request }) => {
      await page.goto(`/contacts/${await firstContactId(request)}`)
      await expect(page.getByRole('region', { name: 'Record' })).toBeVisible()
      await expectNoAxeViolations(page, where('the contact detail'))
      await page.getByRole('button', { name: 'Archive' }).click()
      await expect(page.getByRole('dialog')).toBeVisible()
      await expectNoAxeViolations(page, where('the archive confirmation dialog'))
    })

    test('the edit form', async ({ page, request }) => {
      await page.goto(`/contacts/${await firstContactId(request)}/edit`)
      await expect(page.getByRole('button', { name: 'Save' }).first()).toBeVisible()
      await expect(page.getByLabel('Last name')).not.toHaveValue('')
      await expectNoAxeViolations(page, where('the edit form'))
    })

    test('the create form, also after a failed save', async ({ page }) => {
      await page.goto('/contacts/new')
      const create = page.getByRole('button', { name: 'Create contact' })
      await expect(create).toBeVisible()
      await expectNoAxeViolations(page, where('the create form'))
      await page.getByLabel('Email', { exact: true }).fill('not-an-address')
      await create.click()
      // A failed save takes focus to the first field in error, so its message is read out.
      await expect(page.locator(':focus')).toHaveAttribute('aria-invalid', 'true')
      await expectNoAxeViolations(page, where('the create form with errors'))
    })

    test('the not-found page', async ({ page }) => {
      await page.goto('/no-such-page')
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
      await expectNoAxeViolations(page, where('the not-found page'))
    })
  })
}
