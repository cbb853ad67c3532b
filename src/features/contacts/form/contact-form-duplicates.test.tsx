import { screen, waitFor, within } from '@testing-library/react'
import { delay, http } from 'msw'
import { getEmulator, server, storedContact, TEST_API_BASE_URL } from '../../../../test/emulator-server'
import { expectPath, openCreateForm, openEditForm, saveButton } from './form-test-helpers'

// The whole form renders in jsdom and a create navigates to the detail page: seconds on a busy machine.
vi.setConfig({ testTimeout: 120_000 })
beforeEach(() => window.sessionStorage.clear())

/** A contact stored through the API, as a colleague would have created it. */
async function storeContact(body: Record<string, unknown>): Promise<string> {
  const response = await getEmulator().handle({
    method: 'POST',
    path: '/contacts',
    query: new URLSearchParams(),
    body,
  })
  const parsed: unknown = JSON.parse(response.body ?? '{}')
  if (response.status !== 201 || typeof parsed !== 'object' || parsed === null || !('id' in parsed)) {
    throw new Error(`storing a contact failed: ${String(response.status)}`)
  }
  return String(parsed.id)
}

const panel = () => screen.findByRole('region', { name: 'Possible duplicates' }, { timeout: 10_000 })

test('a name typed as "Mueller" finds "Müller"; saving needs "Create anyway", then creates', async () => {
  await storeContact({ first_name: 'Jörg', last_name: 'Müller-Dupont' })
  const { user, router } = await openCreateForm()
  await user.type(screen.getByLabelText('First name'), 'joerg')
  await user.type(screen.getByLabelText('Last name'), 'Mueller-Dupont')

  const matches = await panel()
  const link = within(matches).getByRole('link', { name: 'Jörg Müller-Dupont' })
  expect(link).toHaveAttribute('target', '_blank')
  expect(link).toHaveAttribute('rel', 'noopener')
  expect(within(matches).getByText(/^\(same name/)).toBeInTheDocument()

  const before = getEmulator().getState().contacts.length
  await user.click(saveButton())
  expect(await within(matches).findByRole('alert')).toHaveTextContent(
    'Check the possible duplicates first, or choose “Create anyway”.',
  )
  expect(within(matches).getByRole('button', { name: 'Create anyway' })).toHaveFocus()
  expect(getEmulator().getState().contacts.length).toBe(before)
  expect(screen.getByLabelText('Last name')).toHaveValue('Mueller-Dupont')

  await user.click(within(matches).getByRole('button', { name: 'Create anyway' }))
  await waitFor(() => expect(router.state.location.pathname).not.toBe('/contacts/new'), { timeout: 20_000 })
  const id = router.state.location.pathname.split('/')[2] ?? ''
  expect(storedContact(id).last_name).toBe('Mueller-Dupont')
})

test('an address typed as Email finds a contact that has it as private email', async () => {
  await storeContact({ first_name: 'Paula', last_name: 'Privat', email_private: 'paula.privat@example.net' })
  const { user } = await openCreateForm()
  await user.type(screen.getByLabelText('Email'), 'Paula.Privat@example.net')

  const matches = await panel()
  expect(within(matches).getByRole('link', { name: 'Paula Privat' })).toBeInTheDocument()
  expect(within(matches).getByText(/^\(same email/)).toBeInTheDocument()
})

test('a phone number typed as mobile finds a contact that has it as telephone', async () => {
  await storeContact({ first_name: 'Theo', last_name: 'Telefon', telephone: '+49 30 5550199' })
  const { user } = await openCreateForm()
  await user.type(screen.getByLabelText('Mobile'), '+49 30 5550199')

  const matches = await panel()
  expect(within(matches).getByRole('link', { name: 'Theo Telefon' })).toBeInTheDocument()
  expect(within(matches).getByText(/^\(same phone number/)).toBeInTheDocument()
})

test('on edit, the contact itself is never shown, only the other one; "Save anyway" saves', async () => {
  const self = await storeContact({ first_name: 'Greta', last_name: 'Gross' })
  await storeContact({ first_name: 'Greta', last_name: 'Groß' })
  const { user, router } = await openEditForm(self)
  const lastName = screen.getByLabelText('Last name')
  await user.clear(lastName)
  await user.type(lastName, 'GROSS')

  const matches = await panel()
  expect(
    within(matches)
      .getAllByRole('link')
      .map((link) => link.textContent),
  ).toEqual(['Greta Groß'])
  await user.click(within(matches).getByRole('button', { name: 'Save anyway' }))
  await expectPath(router, `/contacts/${self}`)
  expect(storedContact(self).last_name).toBe('GROSS')
})

test('a lookup made stale by further typing is cancelled; only the last one shows', async () => {
  await storeContact({ first_name: 'Stella', last_name: 'Spät' })
  const started: string[] = []
  const aborted: string[] = []
  server.use(
    http.get(`${TEST_API_BASE_URL}/contacts`, async ({ request }) => {
      const filter = new URL(request.url).searchParams.get('filter') ?? ''
      if (!filter.includes('"stella"') || !filter.includes('["sp"]')) return undefined
      started.push(filter)
      request.signal.addEventListener('abort', () => aborted.push(filter))
      await delay(5_000)
      return undefined // on to the emulator
    }),
  )
  const { user } = await openCreateForm()
  await user.type(screen.getByLabelText('First name'), 'Stella')
  await user.type(screen.getByLabelText('Last name'), 'Sp')
  await waitFor(() => expect(started).toHaveLength(1), { timeout: 10_000 })
  await user.type(screen.getByLabelText('Last name'), 'ät')

  const matches = await panel()
  expect(within(matches).getByRole('link', { name: 'Stella Spät' })).toBeInTheDocument()
  expect(aborted).toEqual(started)
})
