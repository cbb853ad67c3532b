import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Controller, useFormContext } from 'react-hook-form'
import { currentLanguage, useTranslation } from '../../../lib/i18n'
import Autocomplete from '@mui/material/Autocomplete'
import Box from '@mui/material/Box'
import TextField from '@mui/material/TextField'
import type { Country } from '../../../api/schemas/common'
import { lookupQueries } from '../api/lookup-queries'
import { CountryFlag } from '../shared/country-flag'
import type { ContactFormValues } from './contact-form-values'
import { useErrorText } from './use-error-text'
import { usePickerTexts } from './use-picker-texts'

/** Country names in the UI language where Intl knows the code; the API's (English) name otherwise. */
function useCountryName(): (country: Country) => string {
  useTranslation() // re-renders on a language change
  const language = currentLanguage()
  return useMemo(() => {
    const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' })
    return (country) => {
      try {
        return names.of(country.code.toUpperCase()) ?? country.name
      } catch {
        return country.name // not a valid region code
      }
    }
  }, [language])
}

/** Searchable list of all countries (one request, cached for the session), with flags. */
export function CountryPicker({ label }: { label: string }) {
  const { control } = useFormContext<ContactFormValues>()
  const errorText = useErrorText()
  const texts = usePickerTexts()
  const countryName = useCountryName()
  const countries = useQuery({ ...lookupQueries.countries(), throwOnError: false })
  const collator = useMemo(() => new Intl.Collator(undefined, { sensitivity: 'base' }), [])
  const sorted = useMemo(
    () => [...(countries.data ?? [])].sort((a, b) => collator.compare(countryName(a), countryName(b))),
    [countries.data, collator, countryName],
  )
  return (
    <Controller
      name="address_country"
      control={control}
      render={({ field, fieldState }) => {
        const options =
          field.value && !sorted.some((c) => c.id === field.value?.id) ? [field.value, ...sorted] : sorted
        return (
          <Autocomplete
            {...texts.autocomplete}
            options={options}
            value={field.value}
            onChange={(_event, value) => field.onChange(value)}
            onBlur={field.onBlur}
            loading={countries.isPending}
            getOptionLabel={countryName}
            getOptionKey={(option) => option.id}
            isOptionEqualToValue={(option, value) => option.id === value.id}
            filterOptions={(all, state) => {
              const needle = state.inputValue.trim().toLocaleLowerCase()
              if (!needle) return all
              return all.filter((country) =>
                [countryName(country), country.name, country.code].some((text) =>
                  text.toLocaleLowerCase().includes(needle),
                ),
              )
            }}
            renderOption={({ key, ...props }, option) => (
              <Box component="li" key={key} {...props} sx={{ gap: 1.5 }}>
                <CountryFlag code={option.code} />
                {countryName(option)}
              </Box>
            )}
            renderInput={(params) => (
              <TextField
                {...params}
                name={field.name}
                label={label}
                inputRef={field.ref}
                error={fieldState.error !== undefined || countries.isError}
                helperText={errorText(fieldState.error) ?? (countries.isError ? texts.loadFailed : undefined)}
                slotProps={{
                  ...params.slotProps,
                  input: {
                    ...params.slotProps.input,
                    startAdornment: field.value ? (
                      <Box component="span" sx={{ display: 'flex', pl: 0.5 }}>
                        <CountryFlag code={field.value.code} />
                      </Box>
                    ) : undefined,
                  },
                }}
              />
            )}
          />
        )
      }}
    />
  )
}
