import Box from '@mui/material/Box'
import Typography from '@mui/material/Typography'
import type { Country } from '../../../api/schemas/common'
import { currentLanguage, useTranslation } from '../../../lib/i18n'
import { CountryFlag } from '../shared/country-flag'
import { countryName } from './person-facts'
import { blockIncludesState, formatPostalAddress, type PostalAddressParts } from './postal-address'

export type AddressInput = Omit<PostalAddressParts, 'countryCode'> & { country: Country | null }

/** The state when the block leaves it out (continental form), unless it only repeats the town (Wien, Wien). */
function separateState(address: AddressInput): string | null {
  const state = address.state?.trim()
  if (!state || blockIncludesState(address.country?.code ?? null)) return null
  return state.toLocaleLowerCase() === address.town?.trim().toLocaleLowerCase() ? null : state
}

/** The lines a copy of the address should contain: the block, the state where needed, the country. */
export function addressLines(address: AddressInput): string[] {
  const code = address.country?.code ?? null
  const lines = formatPostalAddress({ ...address, countryCode: code })
  const state = separateState(address)
  if (state) lines.push(state)
  if (address.country) lines.push(countryName(address.country, currentLanguage()))
  return lines
}

export function hasAddress(address: AddressInput): boolean {
  return addressLines(address).length > 0
}

/** A postal block as on an envelope, the country last with its flag. Renders nothing for no address. */
export function PostalAddressBlock({ address }: { address: AddressInput }) {
  useTranslation() // re-render on language change: the country name follows the UI language
  const code = address.country?.code ?? null
  const lines = formatPostalAddress({ ...address, countryCode: code })
  const state = separateState(address)
  if (lines.length === 0 && !state && !address.country) return null
  return (
    <Typography component="address" variant="body1" sx={{ fontStyle: 'normal', overflowWrap: 'anywhere' }}>
      {lines.map((line, index) => (
        <Box component="span" key={index} dir="auto" sx={{ display: 'block' }}>
          {line}
        </Box>
      ))}
      {state ? (
        <Box component="span" dir="auto" sx={{ display: 'block', color: 'text.secondary' }}>
          {state}
        </Box>
      ) : null}
      {address.country ? (
        <Box
          component="span"
          sx={{ display: 'flex', alignItems: 'baseline', gap: 0.75, mt: lines.length > 0 ? 0.5 : 0 }}
        >
          <CountryFlag code={code} />
          <span dir="auto">{countryName(address.country, currentLanguage())}</span>
        </Box>
      ) : null}
    </Typography>
  )
}
