import { useState, type HTMLAttributes, type Key } from 'react'
import { useQuery } from '@tanstack/react-query'
import Autocomplete from '@mui/material/Autocomplete'
import Box from '@mui/material/Box'
import TextField from '@mui/material/TextField'
import { currentLanguage, useTranslation } from '../../../lib/i18n'
import { lookupQueries } from '../api/lookup-queries'
import { countryName } from '../detail/person-facts'
import { userFullName } from '../shared/contact-names'
import { CountryFlag } from '../shared/country-flag'
import { useDebouncedValue } from '../../../lib/use-debounced-value'

export interface LookupOption {
  id: string
  label: string
  /** A country's ISO code, for its flag. */
  flag?: string
}

export type LookupKind = 'users' | 'clients' | 'countries'

/** Options of one lookup: users and clients are searched on the server, countries are all loaded once. */
function useLookupOptions(kind: LookupKind, search: string): { options: LookupOption[]; loading: boolean } {
  const users = useQuery({ ...lookupQueries.users(search), enabled: kind === 'users', throwOnError: false })
  const clients = useQuery({
    ...lookupQueries.clients(search),
    enabled: kind === 'clients',
    throwOnError: false,
  })
  const countries = useQuery({
    ...lookupQueries.countries(),
    enabled: kind === 'countries',
    throwOnError: false,
  })
  switch (kind) {
    case 'users':
      return {
        options: (users.data ?? []).map((user) => ({
          id: user.id,
          label: `${userFullName(user)} (${user.email})`,
        })),
        loading: users.isFetching,
      }
    case 'clients':
      return {
        options: (clients.data ?? []).map((client) => ({
          id: client.id,
          label: client.shortcode ? `${client.name} (${client.shortcode})` : client.name,
        })),
        loading: clients.isFetching,
      }
    case 'countries':
      return {
        // In the UI language and its alphabet order (Österreich under Ö in German, not under A for Austria).
        options: (countries.data ?? [])
          .map((country) => ({
            id: country.id,
            label: countryName(country, currentLanguage()),
            flag: country.code,
          }))
          .sort((a, b) => a.label.localeCompare(b.label, currentLanguage())),
        loading: countries.isFetching,
      }
  }
}

/** Owner / client / country picker for filter values; several values for "is one of". */
export function LookupAutocomplete({
  kind,
  label,
  multiple,
  value,
  onChange,
  error,
}: {
  kind: LookupKind
  label: string
  multiple: boolean
  value: LookupOption[]
  onChange: (value: LookupOption[]) => void
  error?: string | undefined
}) {
  const { t } = useTranslation(['listTools', 'list'])
  const [input, setInput] = useState('')
  const search = useDebouncedValue(kind === 'countries' ? '' : input, 300)
  const { options, loading } = useLookupOptions(kind, search)
  const common = {
    options,
    loading,
    loadingText: t('filterPanel.loading'),
    noOptionsText: t('filterPanel.noOptions'),
    isOptionEqualToValue: (option: LookupOption, selected: LookupOption) => option.id === selected.id,
    getOptionKey: (option: LookupOption) => option.id,
    onInputChange: (_event: unknown, next: string) => setInput(next),
    // Users and clients are already filtered by the server; countries by MUI's default matcher.
    ...(kind === 'countries' ? {} : { filterOptions: (all: LookupOption[]) => all }),
    renderOption: ({ key, ...props }: HTMLAttributes<HTMLLIElement> & { key: Key }, option: LookupOption) => (
      <Box component="li" key={key} {...props} sx={{ gap: 1.5 }}>
        {option.flag ? <CountryFlag code={option.flag} /> : null}
        {option.label}
      </Box>
    ),
    renderInput: (params: object) => (
      <TextField {...params} label={label} error={Boolean(error)} helperText={error} />
    ),
  }
  return multiple ? (
    <Autocomplete multiple {...common} value={value} onChange={(_event, next) => onChange(next)} />
  ) : (
    <Autocomplete
      {...common}
      value={value[0] ?? null}
      onChange={(_event, next) => onChange(next ? [next] : [])}
    />
  )
}
