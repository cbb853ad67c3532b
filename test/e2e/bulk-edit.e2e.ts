import { contactRows, expect, test } from './fixtures'

test('filter, select all matching, set the owner, read the report, undo', async ({ page }) => {
  test.slow() // walks every matching page and writes each contact, at a shared machine's pace
  // A filter that matches more than one page (30 rows), so "all matching" means more than the page.
  await page.goto('/contacts?f=last_name:contains:"er"')
  await expect(contactRows(page).first()).toBeVisible()

  await page.getByRole('checkbox', { name: 'Select all contacts on this page' }).check()
  await page.getByRole('button', { name: 'Select all matching' }).click()
  const selected = page.getByText(/^\d+ selected$/)
  await expect(selected).not.toHaveText('30 selected')
  const count = Number((await selected.innerText()).split(' ')[0])
  expect(count).toBeGreaterThan(30)

  await page.getByRole('button', { name: 'Edit', exact: true }).click()
  const edit = page.getByRole('dialog', { name: `Edit ${String(count)} contacts` })
  await edit.getByRole('combobox', { name: 'Owner' }).fill('a')
  await page.getByRole('listbox').getByRole('option').first().click()
  await expect(edit.getByRole('status')).toHaveText(/contacts? will change/)
  await edit.getByRole('button', { name: /^Change \d+ contacts?$/ }).click()

  const result = page.getByRole('dialog', { name: 'Result' })
  await expect(result.getByRole('alert')).toHaveText(/^\d+ changed, \d+ unchanged, 0 failed$/, {
    timeout: 120_000,
  })

  await result.getByRole('button', { name: 'Undo' }).click()
  const undo = page.getByRole('dialog', { name: 'Undo' })
  await expect(undo.getByRole('alert')).toHaveText(/^\d+ contacts? changed back$/, { timeout: 120_000 })
  await undo.getByRole('button', { name: 'Close' }).click()
  await expect(undo).toBeHidden()
})
