import { configure, within } from '@testing-library/react'
import { formatDateTime, formatRelativeTime } from '../../../lib/format'
import { renderApp } from '../../../../test/render'
import { contactRows, rowContact } from './list-test-utils'

// Whole-app renders on a shared 2-core machine: generous waits, the assertions stay strict.
configure({ asyncUtilTimeout: 10_000 })
vi.setConfig({ testTimeout: 60_000 })

test('rows link email and phone safely and mark archived contacts', async () => {
  renderApp('/contacts?size=50&archived=with')
  const rows = await contactRows()
  const withEmail = rows.find((row) => rowContact(row).email)
  const email = withEmail ? rowContact(withEmail).email : null
  expect(email).not.toBeNull()
  expect(within(withEmail ?? document.body).getByRole('link', { name: email ?? '' })).toHaveAttribute(
    'href',
    `mailto:${email}`,
  )

  const withPhone = rows.find((row) => rowContact(row).telephone)
  const phone = withPhone ? rowContact(withPhone).telephone : null
  expect(within(withPhone ?? document.body).getByRole('link', { name: phone ?? '' })).toHaveAttribute(
    'href',
    `tel:${(phone ?? '').replace(/[^\d+]/g, '')}`,
  )

  const archived = rows.filter((row) => rowContact(row).deleted_at !== null)
  expect(archived.length).toBeGreaterThan(0)
  for (const row of archived) expect(within(row).getByText('Archived')).toBeInTheDocument()
})

test('timestamps read as relative time, with the exact date and time as a native title', async () => {
  renderApp('/contacts?size=10')
  const [row] = await contactRows()
  const contact = rowContact(row ?? document.body)
  const time = within(row ?? document.body).getByTitle(formatDateTime(contact.updated_at))
  expect(time).toHaveAttribute('datetime', contact.updated_at)
  expect(time).toHaveTextContent(formatRelativeTime(contact.updated_at))
})
