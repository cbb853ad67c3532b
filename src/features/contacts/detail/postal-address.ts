/**
 * Postal address blocks in the convention of the address's country, as a letter would carry them. Pure:
 * the detail page, the company details and the vCard export share it.
 *
 * Conventions (simplified from the UPU / national post guides, for the countries our users write to):
 * - Continental Europe and the default: "street house", "street2", "zip town" (state not used in the block).
 * - US, CA, AU: "house street", "street2", "town, state zip" (AU without comma).
 * - GB, IE: "house street", "street2", town, county, postcode on its own line.
 * - FR, LU: "house street", "street2", "zip town".
 * Unknown codes fall back to the continental form, which is what most contacts here use.
 */
export interface PostalAddressParts {
  street: string | null
  house: string | null
  street2: string | null
  zip: string | null
  town: string | null
  state: string | null
  /** ISO 3166-1 alpha-2 code of the address's country, if known. */
  countryCode: string | null
}

type Convention = 'continental' | 'houseFirstContinental' | 'northAmerican' | 'australian' | 'british'

const conventionByCountry: Readonly<Record<string, Convention>> = {
  US: 'northAmerican',
  CA: 'northAmerican',
  AU: 'australian',
  NZ: 'british',
  GB: 'british',
  IE: 'british',
  FR: 'houseFirstContinental',
  LU: 'houseFirstContinental',
  MC: 'houseFirstContinental',
}

function joinParts(...parts: (string | null | undefined)[]): string {
  return parts
    .map((part) => part?.trim() ?? '')
    .filter(Boolean)
    .join(' ')
}

export function addressConvention(countryCode: string | null): Convention {
  return conventionByCountry[countryCode?.trim().toUpperCase() ?? ''] ?? 'continental'
}

/** The address lines without the country (the UI shows the country with its flag); empty lines dropped. */
export function formatPostalAddress(address: PostalAddressParts): string[] {
  const { street, house, street2, zip, town, state } = address
  const convention = addressConvention(address.countryCode)
  let lines: string[]
  switch (convention) {
    case 'continental':
      lines = [joinParts(street, house), joinParts(street2), joinParts(zip, town)]
      break
    case 'houseFirstContinental':
      lines = [joinParts(house, street), joinParts(street2), joinParts(zip, town)]
      break
    case 'northAmerican': {
      const townPart = joinParts(town)
      const rest = joinParts(state, zip)
      lines = [
        joinParts(house, street),
        joinParts(street2),
        townPart && rest ? `${townPart}, ${rest}` : townPart || rest,
      ]
      break
    }
    case 'australian':
      lines = [joinParts(house, street), joinParts(street2), joinParts(town, state, zip)]
      break
    case 'british':
      lines = [
        joinParts(house, street),
        joinParts(street2),
        joinParts(town),
        joinParts(state),
        joinParts(zip),
      ]
      break
  }
  return lines.filter((line) => line !== '')
}

/** Whether the block already carries the state; if not, the UI shows it apart so no data is hidden. */
export function blockIncludesState(countryCode: string | null): boolean {
  return (
    addressConvention(countryCode) !== 'continental' &&
    addressConvention(countryCode) !== 'houseFirstContinental'
  )
}
