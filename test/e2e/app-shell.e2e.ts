import { userSchema } from '../../src/api/schemas/common'
import { expect, test } from './fixtures'

test('opens on the contact list with the app bar and the signed-in user', async ({ page, request }) => {
  await page.goto('/')
  await expect(page).toHaveURL(/\/contacts$/)
  await expect(page.getByRole('banner').getByRole('link', { name: /Kanbert Contacts/ })).toBeVisible()
  const whoami = userSchema.parse(await (await request.get('/api/v1/whoami')).json())
  await expect(page.getByRole('banner').getByText(`${whoami.first_name} ${whoami.last_name}`)).toBeVisible()
  await expect(page).toHaveTitle('Kanbert Contacts')
})

test('shows "page not found" for an unknown address', async ({ page }) => {
  await page.goto('/no/such/page')
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  await page.getByRole('link', { name: 'Back to contacts' }).click()
  await expect(page).toHaveURL(/\/contacts$/)
})

test('a deep link survives a reload', async ({ page }) => {
  // A lazily loaded screen, served through the preview server's SPA fallback on reload.
  await page.goto('/contacts/new')
  const heading = page.getByRole('main').getByRole('heading', { level: 1 })
  await expect(heading).toBeVisible()
  await page.reload()
  await expect(heading).toBeVisible()
  await expect(page).toHaveURL('/contacts/new')
  await expect(page.getByRole('heading', { name: 'Page not found' })).toHaveCount(0)
})
