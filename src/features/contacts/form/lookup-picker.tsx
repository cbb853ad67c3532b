import { useState, type Ref } from 'react'
import { keepPreviousData, useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query'
import Autocomplete from '@mui/material/Autocomplete'
import Box from '@mui/material/Box'
import CircularProgress from '@mui/material/CircularProgress'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useDebouncedValue } from '../../../lib/use-debounced-value'
import { usePickerTexts } from './use-picker-texts'

const SEARCH_DELAY_MS = 250

export interface LookupPickerProps<T extends { id: string }, K extends QueryKey> {
  /** The form path, as the input's name: the form's order on screen is read from it. */
  name: string
  label: string
  value: T | null
  onChange: (value: T | null) => void
  onBlur: () => void
  inputRef: Ref<HTMLInputElement>
  errorText: string | undefined
  /** The server-side search for the typed text. */
  query: (search: string) => UseQueryOptions<T[], Error, T[], K>
  getLabel: (option: T) => string
  getDetail?: (option: T) => string | null
}

/**
 * Single choice from a server-side search: the typed text is debounced, the API filters, and the previous
 * options stay visible while the next ones load. Nothing is fetched until the list is opened.
 */
export function LookupPicker<T extends { id: string }, K extends QueryKey>(props: LookupPickerProps<T, K>) {
  const { name, label, value, onChange, onBlur, inputRef, errorText, query, getLabel, getDetail } = props
  const texts = usePickerTexts()
  const [open, setOpen] = useState(false)
  const [search, setSearch] = useState('')
  const debounced = useDebouncedValue(search, SEARCH_DELAY_MS)
  const results = useQuery({
    ...query(debounced),
    enabled: open,
    placeholderData: keepPreviousData,
    throwOnError: false,
  })
  const found = results.data ?? []
  // The chosen value is always an option, so the control never shows a value it does not know.
  const options = value && !found.some((option) => option.id === value.id) ? [value, ...found] : found
  const busy = open && (results.isFetching || search !== debounced)
  return (
    <Autocomplete
      {...texts.autocomplete}
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      options={options}
      value={value}
      onChange={(_event, next) => onChange(next)}
      onBlur={onBlur}
      onInputChange={(_event, text, reason) => setSearch(reason === 'input' ? text : '')}
      filterOptions={(all) => all}
      loading={busy && found.length === 0}
      getOptionLabel={getLabel}
      getOptionKey={(option) => option.id}
      isOptionEqualToValue={(option, selected) => option.id === selected.id}
      renderOption={({ key, ...optionProps }, option) => (
        <Box component="li" key={key} {...optionProps}>
          <Box sx={{ minWidth: 0 }}>
            <Typography variant="body2">{getLabel(option)}</Typography>
            {getDetail?.(option) ? (
              <Typography variant="caption" sx={{ color: 'text.secondary', overflowWrap: 'anywhere' }}>
                {getDetail(option)}
              </Typography>
            ) : null}
          </Box>
        </Box>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          name={name}
          label={label}
          inputRef={inputRef}
          error={errorText !== undefined || results.isError}
          helperText={errorText ?? (results.isError ? texts.loadFailed : undefined)}
          slotProps={{
            ...params.slotProps,
            input: {
              ...params.slotProps.input,
              endAdornment: (
                <>
                  {busy ? <CircularProgress color="inherit" size={18} aria-hidden /> : null}
                  {params.slotProps.input.endAdornment}
                </>
              ),
            },
          }}
        />
      )}
    />
  )
}
