import { useTranslation } from '../../../lib/i18n'
import Autocomplete from '@mui/material/Autocomplete'
import Chip from '@mui/material/Chip'
import MenuItem from '@mui/material/MenuItem'
import TextField from '@mui/material/TextField'
import type { FilterDraft } from './filter-draft'
import { isListOperator, type ValueInput } from './filter-fields'
import { LookupAutocomplete } from './lookup-autocomplete'

const numericMode = (input: ValueInput) =>
  input === 'integer' ? 'numeric' : input === 'number' ? 'decimal' : undefined

/** The value part of a condition, with the input its field type calls for. */
export function FilterValueInput({
  input,
  options,
  draft,
  onChange,
  error,
}: {
  input: ValueInput
  /** The field's options, for `options` inputs. */
  options: readonly string[]
  draft: FilterDraft
  onChange: (patch: Partial<FilterDraft>) => void
  error: string | undefined
}) {
  const { t } = useTranslation(['listTools', 'list'])
  const multiple = isListOperator(draft.op)
  const label = multiple ? t('filterPanel.values') : t('filterPanel.value')
  if (input === 'none') return null
  if (input === 'users' || input === 'clients' || input === 'countries') {
    return (
      <LookupAutocomplete
        kind={input}
        label={label}
        multiple={multiple}
        value={draft.picked}
        onChange={(picked) => onChange({ picked })}
        error={error}
      />
    )
  }
  if (input === 'options' && !multiple) {
    return (
      <TextField
        select
        label={label}
        value={draft.text}
        onChange={(event) => onChange({ text: event.target.value })}
        error={Boolean(error)}
        helperText={error}
      >
        {options.map((option) => (
          <MenuItem key={option} value={option}>
            {option}
          </MenuItem>
        ))}
      </TextField>
    )
  }
  if (multiple) {
    return (
      <Autocomplete
        multiple
        freeSolo={input !== 'options'}
        options={input === 'options' ? options : []}
        value={draft.list}
        onChange={(_event, list) => onChange({ list })}
        renderValue={(values, getItemProps) =>
          values.map((value, index) => {
            const { key, ...itemProps } = getItemProps({ index })
            return <Chip key={key} size="small" label={value} {...itemProps} />
          })
        }
        renderInput={(params) => (
          <TextField
            {...params}
            label={label}

            error={Boolean(error)}
            helperText={error ?? (input === 'options' ? undefined : t('filterPanel.valuesHelp'))}
            slotProps={{
              ...params.slotProps,
              htmlInput: {
                ...params.slotProps.htmlInput,
                inputMode: numericMode(input),
              },
            }}
          />
        )}
      />
    )
  }
  if (input === 'boolean') {
    return (
      <TextField
        select
        label={label}
        value={draft.text || 'true'}
        onChange={(event) => onChange({ text: event.target.value })}
      >
        <MenuItem value="true">{t('values.yes')}</MenuItem>
        <MenuItem value="false">{t('values.no')}</MenuItem>
      </TextField>
    )
  }
  return (
    <TextField
      label={label}
      type={input === 'date' ? 'date' : 'text'}
      value={draft.text}
      onChange={(event) => onChange({ text: event.target.value })}

      error={Boolean(error)}
      helperText={error}
      slotProps={{
        inputLabel: input === 'date' ? { shrink: true } : {},
        htmlInput: { inputMode: numericMode(input), maxLength: 500 },
      }}
    />
  )
}
