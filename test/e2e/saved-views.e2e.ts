import { contactRows, expect, test, urlParam } from './fixtures'

test('save a view, make it the start view; reloading the bare list opens it without requesting the default page', async ({
  page,
}) => {
  await page.goto('/contacts?q=er&sort=-last_name&size=10')
  await expect(contactRows(page)).toHaveCount(10)

  await page.getByRole('button', { name: 'Views' }).click()
  await page.getByRole('menuitem', { name: 'Save current view…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Save view' })
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Er, newest names first')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await page.getByRole('button', { name: 'Views: Er, newest names first' }).click()
  await page.getByRole('menuitem', { name: 'Make start view' }).click()
  await expect(page.getByText('“Er, newest names first” is now your start view')).toBeVisible()

  const listRequests: URL[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.pathname.endsWith('/api/v1/contacts')) listRequests.push(url)
  })
  await page.goto('/contacts')
  await expect(page).toHaveURL(urlParam('q', 'er'))
  await expect(page).toHaveURL(urlParam('sort', '-last_name'))
  await expect(contactRows(page)).toHaveCount(10)
  await expect(page.getByRole('button', { name: 'Views: Er, newest names first' })).toBeVisible()
  expect(listRequests.length).toBeGreaterThan(0)
  for (const url of listRequests) expect(url.searchParams.get('sort')).toBe('-last_name')

  await page.getByRole('button', { name: 'Views: Er, newest names first' }).click()
  await page.getByRole('menuitemradio', { name: 'Default list' }).click()
  await expect(page).toHaveURL(/\/contacts$/)
  await expect(contactRows(page)).toHaveCount(30)
})
