import { act, screen, within } from '@testing-library/react'
import { storedContact } from '../../../../test/emulator-server'
import { renderApp } from '../../../../test/render'
import { i18n } from '../../../lib/i18n'
import { HOSTILE_ID, installDetailFixtures, RICH_ID, SPARSE_ID } from './contact-detail.fixtures'

function section(name: string | RegExp) {
  return screen.getByRole('region', { name })
}

/** The value shown for a label in a section's definition list. */
function factValue(container: HTMLElement, label: string) {
  const terms = within(container).getAllByRole('term')
  const index = terms.findIndex((term) => term.textContent === label)
  const value = within(container).getAllByRole('definition')[index]
  if (index === -1 || !value) throw new Error(`no fact labelled ${label}`)
  return value
}

// Loads the lazily imported route module once up front, so the first test does not pay for its transform.
beforeAll(async () => {
  await import('./contact-detail-page')
})

/** The first render loads the lazy route chunk, which can take a few seconds on a busy machine. */
const FIRST_LOAD = { timeout: 8000 }

test('shows every part of a fully populated contact', async () => {
  installDetailFixtures()
  renderApp(`/contacts/${RICH_ID}`)

  expect(
    await screen.findByRole('heading', { level: 1, name: 'Dr. Anna Maier, MBA' }, FIRST_LOAD),
  ).toBeInTheDocument()
  expect(screen.getByText('Salutation: Dr. Maier')).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Edit' })).toHaveAttribute('href', `/contacts/${RICH_ID}/edit`)

  const reach = section('Contact details')
  expect(within(reach).getByRole('link', { name: 'anna.maier@maier-soehne.example' })).toHaveAttribute(
    'href',
    'mailto:anna.maier@maier-soehne.example',
  )
  expect(within(reach).getByRole('link', { name: '+49 170 5550102' })).toHaveAttribute(
    'href',
    'tel:+491705550102',
  )
  expect(within(reach).getByText('Private mobile')).toBeInTheDocument()
  expect(within(reach).getByText('German (Germany)')).toBeInTheDocument()
  expect(within(reach).getByText(/^12 April 1980 \(age \d+\)$/)).toBeInTheDocument()

  const address = within(section('Address')).getByRole('group')
  expect(address).toHaveTextContent('Hauptstraße 12aHinterhaus80331 MünchenBayernGermany')

  const owner = section('Owner')
  expect(within(owner).getByText('Tax advisor')).toBeInTheDocument()

  const client = section('Client')
  expect(within(client).getByText('Shared from Lohnbüro Graz')).toBeInTheDocument()
  expect(within(client).getByText('GRAZ12')).toBeInTheDocument()
  const clientLink = within(client).getByRole('link', { name: 'Show contacts of this client' })
  expect(new URL(clientLink.getAttribute('href') ?? '', 'http://localhost').searchParams.get('f')).toMatch(
    /^client\.id:eq:"cl-\d+"$/,
  )

  const record = section('Record')
  expect(within(record).getByText(RICH_ID)).toBeInTheDocument()
  expect(within(record).getByText('HS-4711 (hubspot)')).toBeInTheDocument()
})

test('shows each company on expand and every custom field by kind', async () => {
  installDetailFixtures()
  const { user } = renderApp(`/contacts/${RICH_ID}`)
  await screen.findByRole('heading', { level: 1, name: 'Dr. Anna Maier, MBA' }, FIRST_LOAD)
  const companies = section('Companies (2)')
  const company = within(companies).getByRole('button', { name: /Maier & Söhne GmbH\s*Geschäftsführerin/ })
  expect(company).toHaveAttribute('aria-expanded', 'false')
  expect(within(companies).getByText('No position recorded')).toBeInTheDocument()
  await user.click(company)
  expect(company).toHaveAttribute('aria-expanded', 'true')
  expect(within(companies).getByRole('link', { name: 'www.maier-soehne.example' })).toHaveAttribute(
    'href',
    'https://www.maier-soehne.example/',
  )
  expect(within(companies).getByText('Premium')).toBeInTheDocument()
  expect(within(companies).getByText('DE123456789')).toBeInTheDocument()
  expect(within(companies).getByText('Industriestraße 7')).toBeInTheDocument()

  const fields = section('Custom fields')
  expect(await within(fields).findByText('Mitarbeiterzahl')).toBeInTheDocument()
  expect(factValue(fields, 'Mitarbeiterzahl')).toHaveTextContent('1,250')
  expect(factValue(fields, 'Newsletter')).toHaveTextContent('Yes')
  expect(factValue(fields, 'Interessen')).toHaveTextContent('Lohn, Bilanz')
  expect(factValue(fields, 'Kunde seit')).toHaveTextContent('1 Mar 2021')
  await user.click(within(fields).getByRole('button', { name: 'Show 3 empty fields' }))
  expect(factValue(fields, 'Interne Notiz')).toHaveTextContent('—')
})

test('uses the German salutation with the title', async () => {
  installDetailFixtures()
  await i18n.changeLanguage('de')
  renderApp(`/contacts/${RICH_ID}`)
  expect(await screen.findByText('Anrede: Frau Dr. Maier', {}, FIRST_LOAD)).toBeInTheDocument()
  expect(screen.getByText('Deutsch (Deutschland)')).toBeInTheDocument()
  expect(await within(section('Zusatzfelder')).findByText('Mitarbeiterzahl')).toBeInTheDocument()
  expect(factValue(section('Zusatzfelder'), 'Mitarbeiterzahl')).toHaveTextContent('1.250')
})

test('keeps a sparse contact calm: no blank rows, empty sections say so once', async () => {
  installDetailFixtures()
  renderApp(`/contacts/${SPARSE_ID}`)
  expect(await screen.findByRole('heading', { level: 1, name: 'Huber' }, FIRST_LOAD)).toBeInTheDocument()
  expect(
    within(section('Contact details')).getByText('No email address, phone number or birthday recorded.'),
  ).toBeInTheDocument()
  expect(screen.queryByRole('region', { name: 'Address' })).not.toBeInTheDocument()
  expect(screen.queryByRole('region', { name: /Compan/ })).not.toBeInTheDocument()
  expect(within(section('Owner')).getByText('No owner assigned.')).toBeInTheDocument()
  expect(within(section('Client')).getByText('Not linked to a client.')).toBeInTheDocument()
  expect(
    within(section('Custom fields')).getByText('None of the custom fields are filled in.'),
  ).toBeInTheDocument()
  expect(screen.queryByText(/^Salutation/)).not.toBeInTheDocument()
})

test('names a contact without a name "Unnamed contact"', async () => {
  installDetailFixtures((state) => {
    const sparse = state.contacts.find((contact) => contact.id === SPARSE_ID)
    if (sparse) sparse.last_name = null
  })
  renderApp(`/contacts/${SPARSE_ID}`)
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Unnamed contact' }, FIRST_LOAD),
  ).toBeInTheDocument()
})

test('renders hostile strings as inert text and never links a javascript: URL', async () => {
  installDetailFixtures()
  const { user } = renderApp(`/contacts/${HOSTILE_ID}`)
  const longName =
    '<b>Bold</b> & Co Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft'
  expect(await screen.findByRole('heading', { level: 1, name: longName }, FIRST_LOAD)).toHaveTextContent(
    longName,
  )
  expect(screen.getByText('مديرة المبيعات')).toHaveAttribute('dir', 'auto')
  expect(screen.getByText('javascript:alert(3)')).toBeInTheDocument()
  expect(screen.getByText('javascript:alert(4)')).toBeInTheDocument()
  expect(screen.getByText('Zürich 🦄')).toBeInTheDocument()
  expect(screen.getByText('<a href="javascript:alert(6)">click</a>')).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: /<img src=x onerror=alert\(1\)>/ }))
  expect(screen.getByText('<script>alert(5)</script>')).toBeInTheDocument()
  expect(screen.getByText('javascript:alert(1)')).toBeInTheDocument()
  expect(screen.getByText('javascript:alert(2)')).toBeInTheDocument()
  for (const link of screen.getAllByRole('link')) {
    expect(link.getAttribute('href') ?? '').not.toMatch(/^\s*javascript:/i)
  }
  expect(screen.queryByRole('img')).not.toBeInTheDocument()
})

test('shows a not-found panel with a way back for an unknown id', async () => {
  renderApp('/contacts/no-such-contact')
  expect(
    await screen.findByRole(
      'heading',
      { level: 1, name: 'This contact does not exist (or was removed)' },
      FIRST_LOAD,
    ),
  ).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Back to list' })).toHaveAttribute('href', '/contacts')
})

test('offers a retry when loading fails, and loads on retry', async () => {
  installDetailFixtures().faults.inject({ kind: 500, method: 'GET', path: `/contacts/${RICH_ID}` })
  const { user } = renderApp(`/contacts/${RICH_ID}`)
  await user.click(await screen.findByRole('button', { name: 'Try again' }, FIRST_LOAD))
  expect(await screen.findByRole('heading', { level: 1, name: 'Dr. Anna Maier, MBA' })).toBeInTheDocument()
})

test('archives after confirmation, shows the banner, and Undo restores', async () => {
  const emulator = installDetailFixtures()
  const { user } = renderApp(`/contacts/${RICH_ID}`)
  await user.click(await screen.findByRole('button', { name: 'Archive' }, FIRST_LOAD))
  const dialog = screen.getByRole('dialog', { name: 'Archive Dr. Anna Maier, MBA?' })
  await user.click(within(dialog).getByRole('button', { name: 'Archive' }))

  expect(await screen.findByText('This contact is archived')).toBeInTheDocument()
  expect(storedContact(RICH_ID, emulator).deleted_at).not.toBeNull()
  expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument()
  // The snackbar follows the mutation; the banner may already show from the refetched detail.
  expect(await screen.findByRole('status')).toHaveTextContent('Dr. Anna Maier, MBA archived')

  await user.click(screen.getByRole('button', { name: 'Undo' }))
  expect(await screen.findByText('Dr. Anna Maier, MBA restored')).toBeInTheDocument()
  expect(screen.queryByText('This contact is archived')).not.toBeInTheDocument()
  expect(storedContact(RICH_ID, emulator).deleted_at).toBeNull()
})

test('cancelling the confirmation archives nothing', async () => {
  const emulator = installDetailFixtures()
  const { user } = renderApp(`/contacts/${RICH_ID}`)
  await user.click(await screen.findByRole('button', { name: 'Archive' }, FIRST_LOAD))
  await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }))
  expect(storedContact(RICH_ID, emulator).deleted_at).toBeNull()
  expect(screen.queryByText('This contact is archived')).not.toBeInTheDocument()
})

test('restores an archived contact from its banner', async () => {
  const emulator = installDetailFixtures((state) => {
    const rich = state.contacts.find((contact) => contact.id === RICH_ID)
    if (rich) rich.deleted_at = '2025-12-01T10:00:00.000Z'
  })
  const { user } = renderApp(`/contacts/${RICH_ID}`)
  expect(await screen.findByText('This contact is archived', {}, FIRST_LOAD)).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Restore' }))
  expect(await screen.findByRole('link', { name: 'Edit' })).toBeInTheDocument()
  expect(screen.queryByText('This contact is archived')).not.toBeInTheDocument()
  expect(storedContact(RICH_ID, emulator).deleted_at).toBeNull()
})

test('says so when archiving fails, and the contact stays active', async () => {
  const emulator = installDetailFixtures()
  emulator.faults.inject({ kind: 500, method: 'DELETE', path: `/contacts/${RICH_ID}` })
  const { user } = renderApp(`/contacts/${RICH_ID}`)
  await user.click(await screen.findByRole('button', { name: 'Archive' }, FIRST_LOAD))
  await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Archive' }))
  expect(await screen.findByRole('alert')).toHaveTextContent('Dr. Anna Maier, MBA could not be archived')
  expect(storedContact(RICH_ID, emulator).deleted_at).toBeNull()
})

test('copies an email address and the page link to the clipboard', async () => {
  installDetailFixtures()
  const { user } = renderApp(`/contacts/${RICH_ID}`)
  await user.click(await screen.findByRole('button', { name: 'Copy email' }, FIRST_LOAD))
  expect(await navigator.clipboard.readText()).toBe('anna.maier@maier-soehne.example')
  expect(await screen.findByText('Copied to the clipboard')).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Copy link' }))
  expect(await navigator.clipboard.readText()).toBe(`http://localhost/contacts/${RICH_ID}`)
})

test('goes back to the list URL the user came from', async () => {
  installDetailFixtures()
  const { router } = renderApp(`/contacts/${SPARSE_ID}`)
  expect(await screen.findByRole('link', { name: 'Back to list' }, FIRST_LOAD)).toHaveAttribute(
    'href',
    '/contacts',
  )
  await act(() =>
    router.navigate(`/contacts/${RICH_ID}`, { state: { from: '/contacts?sort=-last_name&q=mai' } }),
  )
  expect(await screen.findByRole('heading', { level: 1, name: 'Dr. Anna Maier, MBA' })).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Back to list' })).toHaveAttribute(
    'href',
    '/contacts?sort=-last_name&q=mai',
  )
  await act(() =>
    router.navigate(`/contacts/${SPARSE_ID}`, { state: { from: 'https://evil.example/contacts' } }),
  )
  expect(await screen.findByRole('heading', { level: 1, name: 'Huber' })).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Back to list' })).toHaveAttribute('href', '/contacts')
})
