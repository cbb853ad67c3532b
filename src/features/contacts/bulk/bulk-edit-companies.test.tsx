import { configure, screen, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { getEmulator } from '../../../../test/emulator-server'
import { renderApp } from '../../../../test/render'
import type { ContactRecord } from '../../../emulator/core/types'
import { contactFullName } from '../shared/contact-names'
import { contactRows, rowContact } from '../list/list-test-utils'
import { editSelected, recordUpdates, stored } from './bulk-test-utils'

// Whole-app renders on a shared 2-core machine: generous waits, the assertions stay strict.
configure({ asyncUtilTimeout: 15_000 })
vi.setConfig({ testTimeout: 90_000 })

const linksOf = (contact: ContactRecord) =>
  contact.companies.map((link) => ({ id: link.company_id, position: link.position }))
const hasCompany = (contact: ContactRecord, companyId: string) =>
  contact.companies.some((link) => link.company_id === companyId)

function companyName(id: string) {
  const company = getEmulator()
    .getState()
    .companies.find((candidate) => candidate.id === id)
  if (!company?.company_name) throw new Error(`company ${id} has no name`)
  return company.company_name
}

async function pickCompany(user: UserEvent, dialog: HTMLElement, field: string, companyId: string) {
  await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Field' }), field)
  const name = companyName(companyId)
  await user.type(within(dialog).getByRole('combobox', { name: 'Company' }), name)
  await user.click(await screen.findByRole('option', { name }))
}

/** The first-page rows: one whose contact links `companyId` as `holds` says, and others that do not. */
async function rowsAround(holds: (link: ContactRecord['companies'][number]) => boolean, holderLinks = 1) {
  const rows = await contactRows()
  const holder = rows.find(
    (row) => rowContact(row).companies.length >= holderLinks && rowContact(row).companies.some(holds),
  )
  const link = holder && rowContact(holder).companies.find(holds)
  if (!holder || !link) throw new Error('need a row whose contact has such a company link')
  const others = rows.filter((row) => !hasCompany(rowContact(row), link.company_id))
  return { holder, link, others }
}

test('bulk “add a company” with a position: the others get it, whole lists with every position kept; who has it already is left alone', async () => {
  const { user } = renderApp('/contacts?size=30')
  const { holder, link, others } = await rowsAround((candidate) => candidate.position !== null)
  const withLinks = others.filter((row) => rowContact(row).companies.length > 0).slice(0, 1)
  const without = others.filter((row) => rowContact(row).companies.length === 0).slice(0, 1)
  const picked = [holder, ...withLinks, ...without]
  if (picked.length !== 3) throw new Error('need rows with and without company links')
  const [kept, ...added] = picked.map(rowContact)
  if (!kept) throw new Error('unreachable')
  const writes = recordUpdates()

  const dialog = await editSelected(user, picked)
  await pickCompany(user, dialog, 'Add a company', link.company_id)
  // Without the position the holder's link differs (it has one), so all three would change.
  expect(within(dialog).getByRole('status')).toHaveTextContent('3 contacts will change.')
  await user.type(within(dialog).getByRole('textbox', { name: 'Position' }), ` ${link.position ?? ''} `)
  expect(within(dialog).getByRole('status')).toHaveTextContent(
    '2 contacts will change. 1 already has this value and is left as it is.',
  )
  await user.click(within(dialog).getByRole('button', { name: 'Change 2 contacts' }))

  const result = await screen.findByRole('dialog', { name: 'Result' })
  expect(await within(result).findByText('2 changed, 1 unchanged, 0 failed')).toBeInTheDocument()
  expect(within(result).getByRole('list', { name: 'Already had this value:' })).toHaveTextContent(
    contactFullName(kept) ?? '',
  )
  const added_link = { id: link.company_id, position: link.position }
  expect(await writes.bodies()).toEqual(
    new Map(added.map((contact) => [contact.id, { companies: [...linksOf(contact), added_link] }])),
  )
  for (const contact of added)
    expect(stored(contact.id)?.companies).toEqual([
      ...contact.companies,
      { company_id: link.company_id, position: link.position },
    ])
  expect(stored(kept.id)?.companies).toEqual(kept.companies)
})

test('bulk “add a company” without a position leaves a contact alone that has it without one', async () => {
  const { user } = renderApp('/contacts?size=30')
  const { holder, link, others } = await rowsAround((candidate) => candidate.position === null)
  const picked = [holder, ...others.slice(0, 1)]
  const [kept, added] = picked.map(rowContact)
  if (!kept || !added) throw new Error('need two rows')
  const writes = recordUpdates()

  const dialog = await editSelected(user, picked)
  await pickCompany(user, dialog, 'Add a company', link.company_id)
  expect(within(dialog).getByRole('status')).toHaveTextContent(
    '1 contact will change. 1 already has this value and is left as it is.',
  )
  await user.click(within(dialog).getByRole('button', { name: 'Change 1 contact' }))

  const result = await screen.findByRole('dialog', { name: 'Result' })
  expect(await within(result).findByText('1 changed, 1 unchanged, 0 failed')).toBeInTheDocument()
  expect([...(await writes.bodies()).keys()]).toEqual([added.id])
})

test('bulk “remove a company”: only contacts that have it are written, each keeping its other links', async () => {
  const { user } = renderApp('/contacts?size=30')
  // A contact with two companies: the other link (and its position) must stay.
  const { holder, link, others } = await rowsAround(() => true, 2)
  const picked = [holder, ...others.slice(0, 2)]
  const [removed, ...untouched] = picked.map(rowContact)
  if (!removed || untouched.length !== 2) throw new Error('need three rows')
  const writes = recordUpdates()

  const dialog = await editSelected(user, picked)
  await pickCompany(user, dialog, 'Remove a company', link.company_id)
  expect(within(dialog).queryByRole('textbox', { name: 'Position' })).not.toBeInTheDocument()
  expect(within(dialog).getByRole('status')).toHaveTextContent(
    '1 contact will change. 2 already have this value and are left as they are.',
  )
  await user.click(within(dialog).getByRole('button', { name: 'Change 1 contact' }))

  const result = await screen.findByRole('dialog', { name: 'Result' })
  expect(await within(result).findByText('1 changed, 2 unchanged, 0 failed')).toBeInTheDocument()
  const rest = linksOf(removed).filter((candidate) => candidate.id !== link.company_id)
  expect(await writes.bodies()).toEqual(new Map([[removed.id, { companies: rest }]]))
  expect(stored(removed.id)?.companies).toEqual(
    removed.companies.filter((candidate) => candidate.company_id !== link.company_id),
  )
  for (const contact of untouched) expect(stored(contact.id)?.companies).toEqual(contact.companies)
})
