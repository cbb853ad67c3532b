import { screen, waitFor } from '@testing-library/react'
import { getEmulator } from '../../../../test/emulator-server'
import { expectPath, openCreateForm, saveButton } from './form-test-helpers'

// The whole form (about 40 inputs, date pickers) renders in jsdom; on a busy machine that takes seconds.
vi.setConfig({ testTimeout: 60_000 })
beforeEach(() => window.sessionStorage.clear())

test('creating a contact with a company and a position, then landing on it', async () => {
  const company = getEmulator()
    .getState()
    .companies.find((c) => c.deleted_at === null && c.company_name !== null)
  if (!company?.company_name) throw new Error('seed has no active company')
  const { user, router } = await openCreateForm()
  expect(saveButton()).toBeDisabled()

  await user.type(screen.getByLabelText('First name'), 'Greta')
  await user.type(screen.getByLabelText('Last name'), 'Neumann')
  await user.type(screen.getByLabelText('Email'), 'greta.neumann@example.org')
  await user.type(screen.getByRole('combobox', { name: 'Add a company' }), company.company_name.slice(0, 6))
  await user.click(await screen.findByRole('option', { name: company.company_name }, { timeout: 10_000 }))
  const position = screen.getByLabelText(`Position at ${company.company_name}`)
  expect(position).toHaveFocus()
  await user.type(position, 'Steuerberaterin')
  await user.click(saveButton())

  const findCreated = () =>
    getEmulator()
      .getState()
      .contacts.find((c) => c.first_name === 'Greta' && c.last_name === 'Neumann')
  await waitFor(() => expect(findCreated()).toBeDefined(), { timeout: 20_000 })
  const created = findCreated()
  expect(created).toBeDefined()
  await expectPath(router, `/contacts/${created?.id ?? ''}`)
  expect(created?.email).toBe('greta.neumann@example.org')
  expect(created?.companies).toEqual([{ company_id: company.id, position: 'Steuerberaterin' }])
  // Only what was filled in was sent: everything else stays empty.
  expect(created?.address_town).toBeNull()
  expect(await screen.findByText('Created Greta Neumann')).toBeInTheDocument()
})

test('an empty name is refused with a clear message, and nothing is created', async () => {
  const { user } = await openCreateForm()
  await user.type(screen.getByLabelText('Email'), 'nobody@example.org')
  await user.click(saveButton())
  expect(await screen.findAllByText('Enter a first name or a last name')).toHaveLength(2)
  expect(getEmulator().getState().contacts).toHaveLength(300)
  expect(screen.getByLabelText('Email')).toHaveValue('nobody@example.org')
})
