import { expect, test } from 'vitest'
import { allowConsoleErrors, appUrl, BASE_URL, setupBrowserPage } from './browser'

const page = setupBrowserPage()

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

async function api<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`${BASE_URL}/api/v1${path}`, {
    ...init,
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
  })
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`)
  return (await response.json()) as T
}

async function someContacts(): Promise<ApiContact[]> {
  const page = await api<{ data: ApiContact[] }>('/contacts?page%5Bsize%5D=50')
  return page.data.filter((contact) => contact.first_name && contact.last_name && contact.email)
}

async function openEdit(id: string) {
  await page().goto(appUrl(`/contacts/${id}/edit`))
  await page()
    .getByRole('form', { name: /^Edit / })
    .waitFor()
}

test('edit a contact and save: back on the detail page, the change stored', async () => {
  const [contact] = await someContacts()
  if (!contact) throw new Error('no contact')
  await openEdit(contact.id)
  await page().getByLabel('Town').fill('Flensburg')
  await page().getByRole('button', { name: 'Save' }).click()
  await page().waitForURL(appUrl(`/contacts/${contact.id}`))
  await page()
    .getByText(/^Saved /)
    .waitFor()
  const stored = await api<ApiContact>(`/contacts/${contact.id}`)
  expect(stored.address_town).toBe('Flensburg')
  expect(stored.email).toBe(contact.email)
})

test('an invalid email is blocked with a message and nothing is sent', async () => {
  const [contact] = await someContacts()
  if (!contact) throw new Error('no contact')
  await openEdit(contact.id)
  await page().getByLabel('Email', { exact: true }).fill('not-an-email')
  await page().getByRole('button', { name: 'Save' }).click()
  await page().getByText('Enter a valid email address, e.g. name@example.com').waitFor()
  expect(page().url()).toBe(appUrl(`/contacts/${contact.id}/edit`))
  expect((await api<ApiContact>(`/contacts/${contact.id}`)).email).toBe(contact.email)
})

test("a duplicate external id shows the server's message at the field", async () => {
  allowConsoleErrors(/status of 422/)
  const [first, second] = await someContacts()
  if (!first || !second) throw new Error('too few contacts')
  await api(`/contacts/${first.id}`, {
    method: 'PUT',
    body: JSON.stringify({ external_id: 'E2E-DUPLICATE-1' }),
  })
  await openEdit(second.id)
  const field = page().getByLabel('External ID')
  await field.fill('E2E-DUPLICATE-1')
  await page().getByRole('button', { name: 'Save' }).click()
  await page().getByText('The external id has already been taken.').waitFor()
  expect(await field.getAttribute('aria-invalid')).toBe('true')
  await expect.poll(() => page().evaluate('document.activeElement?.getAttribute("name")')).toBe('external_id')
})

test('create a contact with a company and a position, then find it in the list by search', async () => {
  const companies = await api<{ data: { id: string; company_name: string | null }[] }>(
    '/companies?sort=company_name&page%5Bsize%5D=5',
  )
  const company = companies.data.find((candidate) => candidate.company_name)
  if (!company?.company_name) throw new Error('no company')
  await page().goto(appUrl('/contacts/new'))
  await page().getByRole('form', { name: 'New contact' }).waitFor()
  await page().getByLabel('First name').fill('Quirin')
  await page().getByLabel('Last name').fill('Zwanzigeins')
  await page().getByRole('combobox', { name: 'Add a company' }).fill(company.company_name.slice(0, 5))
  await page().getByRole('option', { name: company.company_name }).click()
  await page().getByLabel(`Position at ${company.company_name}`).fill('Geschäftsführer')
  await page().getByRole('button', { name: 'Create contact' }).click()
  await page().waitForURL(/\/contacts\/(?!new)[^/]+$/)
  const id = new URL(page().url()).pathname.split('/').pop() ?? ''
  const stored = await api<ApiContact>(`/contacts/${id}?include=companies`)
  expect(stored.companies?.map((c) => [c.id, c.contact_company?.position])).toEqual([
    [company.id, 'Geschäftsführer'],
  ])

  await page().goto(appUrl('/contacts'))
  await page().getByRole('searchbox', { name: 'Search' }).fill('Zwanzigeins')
  await page().getByRole('main').getByText('Quirin Zwanzigeins').first().waitFor()
})
