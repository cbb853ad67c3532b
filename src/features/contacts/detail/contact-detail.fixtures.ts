/**
 * Test data for the detail page tests: records written straight into a copy of the seeded emulator state
 * (a rich, a sparse and a hostile contact), then served by a fresh emulator behind the same MSW server.
 * Only imported by tests.
 */
import { createKanbertHandlers } from '../../../emulator/adapters/msw-handlers'
import { blankContact as blankRecord } from '../../../emulator/core/blank-contact'
import { createEmulator, type Emulator } from '../../../emulator/core/emulator'
import type { CompanyRecord, EmulatorState } from '../../../emulator/core/types'
import { getEmulator, server, TEST_API_BASE_URL } from '../../../../test/emulator-server'

const NOW = '2026-01-10T09:30:00.000Z'

const blankContact = (id: string) =>
  blankRecord(id, { created_at: '2023-05-02T08:00:00.000Z', updated_at: NOW })

function companyAt(state: EmulatorState, index: number): CompanyRecord {
  const company = state.companies[index]
  if (!company) throw new Error('the seed has too few companies')
  return company
}

export const RICH_ID = 'rich-contact'
export const SPARSE_ID = 'sparse-contact'
export const HOSTILE_ID = 'hostile-contact'

/** Adds a rich, a sparse and a hostile contact to a copy of the test's state and serves that instead. */
export function installDetailFixtures(change?: (state: EmulatorState) => void): Emulator {
  const state = getEmulator().getState()
  const company = companyAt(state, 0)
  Object.assign(company, {
    company_name: 'Maier & Söhne GmbH',
    email: 'office@maier-soehne.example',
    email_general: 'info@maier-soehne.example',
    phone: '+49 89 5550100',
    fax: null,
    homepage: 'www.maier-soehne.example',
    business_field: { id: 'bf-1', name: 'Handwerk' },
    tags: [
      { id: 't-1', title: 'Premium' },
      { id: 't-2', title: 'Lohn' },
    ],
    address_invoice_street: 'Industriestraße',
    address_invoice_house: '7',
    address_invoice_street2: null,
    address_invoice_zip: '80939',
    address_invoice_town: 'München',
    address_invoice_state: 'Bayern',
    address_invoice_country_id: 'c-de',
    tax_uid: 'DE123456789',
  })
  const client = state.clients.find((c) => c.origin_space_id !== null)
  if (!client) throw new Error('the seed has no shared client')
  client.primary_contact_id = 'u-02'
  client.shortcode = 'GRAZ12'
  state.contacts.push({
    ...blankContact(RICH_ID),
    gender: 'female',
    title: 'Dr.',
    first_name: 'Anna',
    last_name: 'Maier',
    title_suffix: 'MBA',
    position: 'Geschäftsführerin',
    locale: 'de_DE',
    birthday: '1980-04-12',
    fax: '+49 89 5550199',
    telephone: '+49 89 5550101',
    telephone_private: '+49 89 7770001',
    mobile: '+49 170 5550102',
    mobile_private: '+49 171 7770002',
    email: 'anna.maier@maier-soehne.example',
    email_private: 'anna@maier.example',
    address_street: 'Hauptstraße',
    address_house: '12a',
    address_street2: 'Hinterhaus',
    address_zip: '80331',
    address_town: 'München',
    address_state: 'Bayern',
    address_country_id: 'c-de',
    owner_id: 'u-35',
    client_id: client.id,
    external_id: 'HS-4711',
    external_origin: 'hubspot',
    companies: [
      { company_id: company.id, position: 'Geschäftsführerin' },
      { company_id: companyAt(state, 1).id, position: null },
    ],
    custom_fields: {
      lead_source: 'Messe',
      mandate_number: 'M-2021-0042',
      newsletter: true,
      employee_count: 1250,
      customer_since: '2021-03-01',
      interests: ['Lohn', 'Bilanz'],
      internal_note: null,
      account_manager: null,
      legacy_id: null,
    },
  })
  state.contacts.push({ ...blankContact(SPARSE_ID), last_name: 'Huber' })
  const hostileCompany = companyAt(state, 2)
  Object.assign(hostileCompany, {
    company_name: '<img src=x onerror=alert(1)>',
    homepage: 'javascript:alert(1)',
    email: 'javascript:alert(2)',
  })
  state.contacts.push({
    ...blankContact(HOSTILE_ID),
    first_name: '<b>Bold</b> & Co',
    last_name: 'Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft',
    position: 'مديرة المبيعات',
    email: 'javascript:alert(3)',
    telephone: 'javascript:alert(4)',
    address_town: 'Zürich 🦄',
    companies: [{ company_id: hostileCompany.id, position: '<script>alert(5)</script>' }],
    custom_fields: { internal_note: '<a href="javascript:alert(6)">click</a>' },
  })
  change?.(state)
  const emulator = createEmulator({ state })
  server.resetHandlers(...createKanbertHandlers(emulator, TEST_API_BASE_URL))
  return emulator
}
