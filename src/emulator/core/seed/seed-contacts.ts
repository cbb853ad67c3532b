import { blankContact } from '../blank-contact'
import { createRng, uuidFrom, type Rng } from '../prng'
import type { CompanyRecord, ContactRecord, CustomFieldValue, UserRecord, ClientRecord } from '../types'
import {
  austrianLastNames,
  contactPositions,
  femaleFirstNames,
  germanLastNames,
  maleFirstNames,
  otherNames,
  swissLastNames,
  titleSuffixes,
  titles,
  transliterate,
} from './names'
import { defaultProfiles, houseNumber, landline, mobile, pickCountryProfile } from './places'
import { seedTimestamp } from './seed-organisations'

export interface ContactSeedContext {
  users: UserRecord[]
  clients: ClientRecord[]
  companies: CompanyRecord[]
}

const lastNamesFor = (countryId: string): readonly string[] =>
  countryId === 'c-at' ? austrianLastNames : countryId === 'c-ch' ? swissLastNames : germanLastNames

function customFields(
  rng: Rng,
  sparse: boolean,
  created: string,
  users: UserRecord[],
): Record<string, CustomFieldValue> {
  const fields: Record<string, CustomFieldValue> = {
    lead_source: sparse
      ? null
      : rng.pick(['Website', 'Empfehlung', 'Messe', 'Kaltakquise', 'Bestandsmandant']),
    mandate_number:
      !sparse && rng.chance(0.6)
        ? `M-${created.slice(0, 4)}-${String(rng.int(1, 9999)).padStart(4, '0')}`
        : null,
    newsletter: sparse ? null : rng.chance(0.45),
    employee_count:
      !sparse && rng.chance(0.5) ? rng.pick([1, 3, 8, 12, 25, 40, 120, 480]) + rng.int(0, 5) : null,
    customer_since: !sparse && rng.chance(0.55) ? created.slice(0, 10) : null,
    interests:
      !sparse && rng.chance(0.3)
        ? ['Lohn', 'Bilanz', 'Steuerplanung', 'Nachfolge', 'Digitalisierung'].filter(() => rng.chance(0.35))
        : null,
    // Null on most contacts (only ~5 % have a note).
    internal_note: rng.chance(0.05) ? 'Bitte nur vormittags anrufen.' : null,
    account_manager: !sparse && rng.chance(0.3) ? rng.pick(users.slice(0, 28)).id : null,
    legacy_id: null,
  }
  return fields
}

function fullContact(contact: ContactRecord, rng: Rng, ctx: ContactSeedContext): void {
  const foreign = rng.chance(0.03)
  const profile = foreign ? defaultProfiles.de : pickCountryProfile(rng)
  const female = rng.chance(0.5)
  let first = rng.pick(female ? femaleFirstNames : maleFirstNames)
  let last = rng.pick(lastNamesFor(profile.countryId))
  if (foreign) [first, last] = rng.pick(otherNames)
  const place = rng.pick(profile.places)
  contact.gender = rng.chance(0.85) ? (female ? 'female' : 'male') : rng.pick([null, 'diverse'])
  contact.first_name = first
  contact.last_name = last
  contact.title = rng.chance(0.18) ? rng.pick(titles) : null
  contact.title_suffix = rng.chance(0.06) ? rng.pick(titleSuffixes) : null
  contact.locale = profile.locale
  contact.birthday = rng.chance(0.5)
    ? `${String(rng.int(1948, 2004))}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`
    : null
  contact.telephone = rng.chance(0.6) ? landline(rng, profile, place) : null
  contact.fax = rng.chance(0.08) ? landline(rng, profile, place) : null
  contact.mobile = rng.chance(0.7) ? mobile(rng, profile) : null
  contact.mobile_private = rng.chance(0.1) ? mobile(rng, profile) : null
  contact.telephone_private = rng.chance(0.1) ? landline(rng, profile, place) : null
  const local = `${transliterate(first)}.${transliterate(last)}`
  contact.email_private = rng.chance(0.25)
    ? `${local}${String(rng.int(1, 99))}@${rng.pick(profile.mailDomains)}`
    : null
  contact.address_street = rng.pick(profile.streets)
  contact.address_house = houseNumber(rng)
  contact.address_street2 = rng.chance(0.05)
    ? rng.pick(['2. Stock', 'Hinterhaus', 'Top 4', 'c/o Kanzlei'])
    : null
  contact.address_zip = place.zip
  contact.address_state = rng.chance(0.8) ? place.state : null
  contact.address_town = place.town
  contact.address_country_id = profile.countryId
  contact.owner_id = rng.chance(0.9) ? rng.pick(ctx.users.slice(0, 34)).id : null
  contact.client_id = rng.chance(0.4) ? rng.pick(ctx.clients).id : null
  const linkCount = rng.pick([0, 0, 1, 1, 1, 1, 2, 2, 3])
  const linked = new Set<string>()
  for (let i = 0; i < linkCount; i++) {
    const company = rng.pick(ctx.companies)
    if (linked.has(company.id)) continue
    linked.add(company.id)
    contact.companies.push({
      company_id: company.id,
      position: rng.chance(0.85) ? rng.pick(contactPositions) : null,
    })
  }
  const firstCompany = ctx.companies[Number(contact.companies[0]?.company_id.slice(3) ?? 0) - 1]
  const domain = firstCompany?.email?.split('@')[1]
  contact.email = rng.chance(0.85) ? `${local}@${domain ?? rng.pick(profile.mailDomains)}` : null
  contact.position = contact.companies[0]?.position ?? null
  if (rng.chance(0.1)) {
    contact.external_id = `HS-${contact.id.slice(0, 8)}`
    contact.external_origin = 'hubspot'
  }
}

/** A few hostile-but-valid values so the UI gets tested against escaping, wrapping and bidi problems. */
const hostile: Partial<ContactRecord>[] = [
  { first_name: '<b>Bold</b> & Co', last_name: '<script>alert(1)</script>', email: null },
  {
    first_name: 'Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz',
    last_name: 'Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft',
    email: null,
  },
  {
    first_name: 'مريم',
    last_name: 'العلي',
    locale: 'ar',
    gender: 'female',
    email: 'maryam.alali@example.org',
    email_private: null,
  },
  { first_name: 'Zoë 🦄', last_name: 'Sonnenschein ☀️', email: 'zoe.sonnenschein@example.org' },
  { first_name: 'D\'Artagnan "Dart"', last_name: "O'Brien-Müller", email: 'dart.obrien-mueller@example.org' },
]

export function seedContacts(seed: number, count: number, ctx: ContactSeedContext): ContactRecord[] {
  const rng = createRng(seed ^ 0x5eed)
  const contacts: ContactRecord[] = []
  for (let i = 0; i < count; i++) {
    const contact = blankContact(uuidFrom(rng), seedTimestamp(rng))
    const sparse = rng.chance(0.15)
    if (sparse) {
      // Sparse: a name fragment and perhaps one way to reach them, everything else null.
      if (rng.chance(0.6)) contact.last_name = rng.pick(germanLastNames)
      else contact.first_name = rng.pick(femaleFirstNames)
      if (rng.chance(0.5)) contact.mobile = mobile(rng, defaultProfiles.de)
    } else {
      fullContact(contact, rng, ctx)
    }
    contact.custom_fields = customFields(rng, sparse, contact.created_at, ctx.users)
    if (rng.chance(0.08)) contact.deleted_at = contact.updated_at
    const extra = hostile[i - 11]
    if (extra && i > 10) Object.assign(contact, extra, { deleted_at: null })
    contacts.push(contact)
  }
  return contacts
}
