import type { Rng } from '../prng'
import type { ClientRecord, CompanyRecord } from '../types'
import { austrianLastNames, germanLastNames, swissLastNames, transliterate } from './names'
import { houseNumber, landline, pickCountryProfile } from './places'
import { legalForms, seedTimestamp } from './seed-organisations'

/** ~150 client companies of a tax advisory firm (GmbH, KG, e.U. …) with invoice addresses, tags and fields. */
const companyStems = [
  'Bäckerei',
  'Tischlerei',
  'Autohaus',
  'Gasthof',
  'Weingut',
  'Elektro',
  'Installateur',
  'Steinmetz',
  'Optik',
  'Apotheke',
  'Immobilien',
  'Transporte',
  'Bau',
  'Software',
  'Handel',
  'Reisebüro',
  'Friseursalon',
  'Druckerei',
]
const businessFields = [
  { id: 'bf-1', name: 'Handwerk' },
  { id: 'bf-2', name: 'Gastronomie & Hotellerie' },
  { id: 'bf-3', name: 'Produktion' },
  { id: 'bf-4', name: 'Handel' },
  { id: 'bf-5', name: 'Freie Berufe' },
  { id: 'bf-6', name: 'IT & Software' },
  { id: 'bf-7', name: 'Immobilien' },
]
const tags = [
  { id: 't-1', title: 'Jahresabschluss' },
  { id: 't-2', title: 'Lohnverrechnung' },
  { id: 't-3', title: 'Buchhaltung' },
  { id: 't-4', title: 'Key Account' },
  { id: 't-5', title: 'Neukunde' },
]
const sizes = [
  { id: 'cs-1', title: '1–9' },
  { id: 'cs-2', title: '10–49' },
  { id: 'cs-3', title: '50–249' },
  { id: 'cs-4', title: '250+' },
]

export function seedCompanies(rng: Rng, clients: ClientRecord[], count = 150): CompanyRecord[] {
  const companies: CompanyRecord[] = []
  const surnames = [...germanLastNames, ...austrianLastNames, ...swissLastNames]
  for (let i = 1; i <= count; i++) {
    const owner = rng.pick(surnames)
    const form = rng.pick(legalForms)
    const name = rng.chance(0.5)
      ? `${rng.pick(companyStems)} ${owner} ${form}`
      : `${owner} & ${rng.pick(surnames)} ${form}`
    const domain = `${transliterate(owner)}-${transliterate(form).replace(/[^a-z]/g, '') || 'firma'}.example`
    const profile = pickCountryProfile(rng)
    const place = rng.pick(profile.places)
    const times = seedTimestamp(rng)
    const sparse = rng.chance(0.1)
    companies.push({
      id: `co-${String(i).padStart(3, '0')}`,
      external_id: rng.chance(0.25) ? `DATEV-${String(70000 + i)}` : null,
      external_origin: null,
      vendor_identifier: null,
      company_name: i === 150 ? null : name,
      locale: profile.locale,
      tax_uid: sparse
        ? null
        : `${profile.countryId.slice(2).toUpperCase()}${profile.countryId === 'c-at' ? 'U' : ''}${String(rng.int(10000000, 99999999))}`,
      taxation_enabled: rng.chance(0.85),
      iban: sparse
        ? null
        : `${profile.countryId.slice(2).toUpperCase()}${String(rng.int(10, 99))} ${String(rng.int(1000, 9999))} ${String(rng.int(1000, 9999))} ${String(rng.int(1000, 9999))} ${String(rng.int(1000, 9999))}`,
      bic: null,
      email: sparse ? null : `office@${domain}`,
      email_general: null,
      phone: sparse ? null : landline(rng, profile, place),
      fax: rng.chance(0.2) ? landline(rng, profile, place) : null,
      homepage: sparse ? null : `https://www.${domain}`,
      person_attention_to: null,
      address_invoice_title: null,
      address_invoice_street: sparse ? null : rng.pick(profile.streets),
      address_invoice_house: sparse ? null : houseNumber(rng),
      address_invoice_street2: null,
      address_invoice_zip: sparse ? null : place.zip,
      address_invoice_state: sparse ? null : place.state,
      address_invoice_town: sparse ? null : place.town,
      delivery_person_attention_to: null,
      address_delivery_title: null,
      address_delivery_street: null,
      address_delivery_house: null,
      address_delivery_street2: null,
      address_delivery_zip: null,
      address_delivery_state: null,
      address_delivery_town: null,
      invoices_by_post: rng.chance(0.3),
      invoices_by_email: rng.chance(0.7),
      address_invoice_is_delivery: true,
      business_field: rng.chance(0.8) ? rng.pick(businessFields) : null,
      company_size: rng.chance(0.6) ? rng.pick(sizes) : null,
      company_revenue: null,
      address_invoice_country_id: sparse ? null : profile.countryId,
      address_delivery_country_id: null,
      client_id: rng.chance(0.5) ? rng.pick(clients).id : null,
      tags: tags.filter(() => rng.chance(0.25)),
      custom_fields: {
        fiscal_year_end: rng.pick(['12-31', '06-30', '03-31']),
        datev_client_number: rng.chance(0.5) ? String(rng.int(10000, 99999)) : null,
      },
      ...times,
      deleted_at: i % 25 === 0 ? times.updated_at : null,
    })
  }
  return companies
}
