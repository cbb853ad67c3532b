import { expect, test } from 'vitest'
import { userSchema } from '../../src/api/schemas/common'
import { appUrl, setupBrowserPage } from './browser'

const page = setupBrowserPage()

test('opens on the contact list with the app bar and the signed-in user', async () => {
  await page().goto(appUrl('/'))
  await page().waitForURL(/\/contacts$/)
  await page()
    .getByRole('banner')
    .getByRole('link', { name: /Kanbert Contacts/ })
    .waitFor()
  const whoami = userSchema.parse(await (await fetch(appUrl('api/v1/whoami'))).json())
  await page().getByRole('banner').getByText(`${whoami.first_name} ${whoami.last_name}`).waitFor()
  expect(await page().title()).toBe('Kanbert Contacts')
})

test('shows "page not found" for an unknown address', async () => {
  await page().goto(appUrl('/no/such/page'))
  await page().getByRole('heading', { level: 1, name: 'Page not found' }).waitFor()
  await page().getByRole('link', { name: 'Back to contacts' }).click()
  await page().waitForURL(/\/contacts$/)
})

test('a deep link survives a reload', async () => {
  // A lazily loaded screen, served through the preview server's SPA fallback on reload.
  await page().goto(appUrl('/contacts/new'))
  await page().getByRole('main').getByRole('heading', { level: 1 }).waitFor()
  await page().reload()
  await page().getByRole('main').getByRole('heading', { level: 1 }).waitFor()
  expect(new URL(page().url()).pathname).toBe('/contacts/new')
  expect(await page().getByRole('heading', { name: 'Page not found' }).count()).toBe(0)
})
