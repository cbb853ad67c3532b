import type { APIRequestContext, Page } from '@playwright/test'
import { expect, test } from './fixtures'

interface ApiContact {
  id: string
  first_name: string | null
  last_name: string | null
  email: string | null
  address_town: string | null
  external_id: string | null
  companies?: {
    id: string
    company_name: string | null
    contact_company: { position: string | null } | null
  }[]
}

/** The emulator's API, read and written directly (not through the app). */
async function api<T>(
  request: APIRequestContext,
  path: string,
  init: { method?: string; data?: unknown } = {},
): Promise<T> {
  const response = await request.fetch(`/api/v1${path}`, {
    method: init.method ?? 'GET',
    data: init.data,
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
  })
  expect(response.ok(), `${path}: HTTP ${response.status()}`).toBe(true)
  return (await response.json()) as T
}

async function someContacts(request: APIRequestContext): Promise<ApiContact[]> {
  const page = await api<{ data: ApiContact[] }>(request, '/contacts?page%5Bsize%5D=50')
  return page.data.filter((contact) => contact.first_name && contact.last_name && contact.email)
}

async function openEdit(page: Page, id: string) {
  await page.goto(`/contacts/${id}/edit`)
  await expect(page.getByRole('form', { name: /^Edit / })).toBeVisible()
}

test('edit a contact and save: back on the detail page, the change stored', async ({ page, request }) => {
  const [contact] = await someContacts(request)
  if (!contact) throw new Error('no contact')
  await openEdit(page, contact.id)
  await page.getByLabel('Town').fill('Flensburg')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page).toHaveURL(`/contacts/${contact.id}`)
  await expect(page.getByText(/^Saved /)).toBeVisible()
  const stored = await api<ApiContact>(request, `/contacts/${contact.id}`)
  expect(stored.address_town).toBe('Flensburg')
  expect(stored.email).toBe(contact.email)
})

test('an invalid email is blocked with a message and nothing is sent', async ({ page, request }) => {
  const [contact] = await someContacts(request)
  if (!contact) throw new Error('no contact')
  await openEdit(page, contact.id)
  await page.getByLabel('Email', { exact: true }).fill('not-an-email')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('Enter a valid email address, e.g. name@example.com')).toBeVisible()
  await expect(page).toHaveURL(`/contacts/${contact.id}/edit`)
  expect((await api<ApiContact>(request, `/contacts/${contact.id}`)).email).toBe(contact.email)
})

test("a duplicate external id shows the server's message at the field", async ({
  page,
  request,
  allowConsoleErrors,
}) => {
  allowConsoleErrors(/status of 422/)
  const [first, second] = await someContacts(request)
  if (!first || !second) throw new Error('too few contacts')
  await api(request, `/contacts/${first.id}`, { method: 'PUT', data: { external_id: 'E2E-DUPLICATE-1' } })
  await openEdit(page, second.id)
  const field = page.getByLabel('External ID')
  await field.fill('E2E-DUPLICATE-1')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('The external id has already been taken.')).toBeVisible()
  await expect(field).toHaveAttribute('aria-invalid', 'true')
  await expect(field).toBeFocused()
})

test('create a contact with a company and a position, then find it in the list by search', async ({
  page,
  request,
}) => {
  const companies = await api<{ data: { id: string; company_name: string | null }[] }>(
    request,
    '/companies?sort=company_name&page%5Bsize%5D=5',
  )
  const company = companies.data.find((candidate) => candidate.company_name)
  if (!company?.company_name) throw new Error('no company')
  await page.goto('/contacts/new')
  await expect(page.getByRole('form', { name: 'New contact' })).toBeVisible()
  await page.getByLabel('First name').fill('Quirin')
  await page.getByLabel('Last name').fill('Zwanzigeins')
  await page.getByRole('combobox', { name: 'Add a company' }).fill(company.company_name.slice(0, 5))
  await page.getByRole('option', { name: company.company_name }).click()
  await page.getByLabel(`Position at ${company.company_name}`).fill('Geschäftsführer')
  await page.getByRole('button', { name: 'Create contact' }).click()
  await expect(page).toHaveURL(/\/contacts\/(?!new)[^/]+$/)
  const id = new URL(page.url()).pathname.split('/').pop() ?? ''
  const stored = await api<ApiContact>(request, `/contacts/${id}?include=companies`)
  expect(stored.companies?.map((c) => [c.id, c.contact_company?.position])).toEqual([
    [company.id, 'Geschäftsführer'],
  ])

  await page.goto('/contacts')
  await page.getByRole('searchbox', { name: 'Search' }).fill('Zwanzigeins')
  await expect(page.getByRole('main').getByText('Quirin Zwanzigeins').first()).toBeVisible()
})
