import { expect, test } from 'vitest'
import { appUrl, setupBrowserPage } from './browser'

const page = setupBrowserPage()
const dialogNamed = (name: string | RegExp) => page().getByRole('dialog', { name })

test('filter, select all matching, set the owner, read the report, undo', async () => {
  await page().goto(appUrl('/contacts'))
  const table = page().getByRole('table', { name: 'Contacts' })
  await table.locator('tbody tr a').first().waitFor()

  await page().getByRole('searchbox', { name: 'Search' }).fill('ü')
  await expect.poll(() => new URL(page().url()).searchParams.get('q')).toBe('ü')
  await page().getByRole('checkbox', { name: 'Select all contacts on this page' }).check()
  await page().getByRole('button', { name: 'Select all matching' }).click()
  const selected = page().getByText(/^\d+ selected$/)
  await expect.poll(async () => Number((await selected.textContent())?.split(' ')[0])).toBeGreaterThan(30)
  const count = Number((await selected.textContent())?.split(' ')[0])

  await page().getByRole('button', { name: 'Edit' }).click()
  const edit = `Edit ${String(count)} contacts`
  await dialogNamed(edit).getByRole('combobox', { name: 'Owner' }).fill('a')
  const option = page().getByRole('listbox').getByRole('option').first()
  await option.waitFor()
  await option.click()
  await expect
    .poll(() => dialogNamed(edit).getByRole('status').textContent())
    .toMatch(/contacts? will change/)
  await dialogNamed(edit)
    .getByRole('button', { name: /^Change \d+ contacts?$/ })
    .click()

  await dialogNamed('Result').waitFor({ timeout: 60_000 })
  expect(await dialogNamed('Result').getByRole('alert').textContent()).toMatch(
    /^\d+ changed, \d+ unchanged, 0 failed$/,
  )

  await dialogNamed('Result').getByRole('button', { name: 'Undo' }).click()
  await expect
    .poll(() => dialogNamed('Undo').getByRole('alert').textContent(), { timeout: 60_000 })
    .toMatch(/^\d+ contacts? changed back$/)
  await dialogNamed('Undo').getByRole('button', { name: 'Close' }).click()
})
