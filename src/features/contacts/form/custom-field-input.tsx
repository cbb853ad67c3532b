import { Controller, useFormContext } from 'react-hook-form'
import { useTranslation } from '../../../lib/i18n'
import Autocomplete from '@mui/material/Autocomplete'
import FormControlLabel from '@mui/material/FormControlLabel'
import FormHelperText from '@mui/material/FormHelperText'
import Stack from '@mui/material/Stack'
import Switch from '@mui/material/Switch'
import TextField from '@mui/material/TextField'
import type { CustomFieldInfo } from '../shared/custom-field-kinds'
import type { ContactFormValues, CustomFieldName } from './contact-form-values'
import { parseInteger } from './custom-value-parsers'
import { FormDateField } from './form-date-field'
import { FormTextField } from './form-text-field'
import { ListChipsField } from './list-chips-field'
import { useErrorText } from './use-error-text'
import { UserFieldInput } from './user-field-input'
import { usePickerTexts } from './use-picker-texts'

export function customFieldLabel(field: Pick<CustomFieldInfo, 'alias' | 'title'>): string {
  return field.title ?? field.alias
}

/** The input for one custom field, chosen by its kind; new kinds of data need no new screen code. */
export function CustomFieldInput({ field }: { field: CustomFieldInfo }) {
  const { t } = useTranslation('form')
  const { formState, watch } = useFormContext<ContactFormValues>()
  const label = customFieldLabel(field)
  const name = `custom_fields.${field.alias}` as const
  // A stored value that is not a whole number (older data) is shown and kept, not refused.
  const storedOdd = (alias: string) => {
    const value = watch(`custom_fields.${alias}`)
    return (
      typeof value === 'string' &&
      value === formState.defaultValues?.custom_fields?.[alias] &&
      value.trim() !== '' &&
      parseInteger(value) === null
    )
  }
  switch (field.kind) {
    case 'boolean':
      return <BooleanInput name={name} label={label} />
    case 'integer':
      return (
        <FormTextField
          name={name}
          label={label}
          helperText={storedOdd(field.alias) ? t('custom.storedNotWhole') : t('custom.integerHint')}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        />
      )
    case 'number':
      return (
        <FormTextField
          name={name}
          label={label}
          helperText={t('custom.numberHint')}
          slotProps={{ htmlInput: { inputMode: 'decimal' } }}
        />
      )
    case 'date':
      return <FormDateField name={name} label={label} />
    case 'list':
      return (
        <ListChipsField name={name} label={label} options={field.options ?? []} hint={t('custom.listHint')} />
      )
    case 'text':
      return <FormTextField name={name} label={label} multiline minRows={2} maxRows={8} />
    case 'user':
      return <UserFieldInput name={name} label={label} />
    case 'unknown':
      return <FormTextField name={name} label={label} helperText={t('custom.unknownHint')} />
    case 'string':
      return field.options ? (
        <SelectInput name={name} label={label} options={field.options} />
      ) : (
        <FormTextField name={name} label={label} />
      )
  }
}

/** Tri-state underneath: an untouched switch stays "not set" and is not sent. */
function BooleanInput({ name, label }: { name: CustomFieldName; label: string }) {
  const { t } = useTranslation('form')
  const { control } = useFormContext<ContactFormValues>()
  return (
    <Controller
      name={name}
      control={control}
      render={({ field }) => (
        <Stack sx={{ justifyContent: 'center', minHeight: 56 }}>
          <FormControlLabel
            label={label}
            control={
              <Switch
                name={field.name}
                checked={field.value === true}
                onChange={(event) => field.onChange(event.target.checked)}
                onBlur={field.onBlur}
                slotProps={{ input: { ref: field.ref } }}
              />
            }
          />
          {field.value === null ? <FormHelperText sx={{ mt: 0 }}>{t('custom.notSet')}</FormHelperText> : null}
        </Stack>
      )}
    />
  )
}

/**
 * A select field: one of the definition's options (the API refuses others). It opens with every option,
 * the current one marked; a stored value outside the options is kept as one, so it shows and can stay.
 */
function SelectInput({ name, label, options }: { name: CustomFieldName; label: string; options: string[] }) {
  const { control } = useFormContext<ContactFormValues>()
  const errorText = useErrorText()
  const texts = usePickerTexts()
  return (
    <Controller
      name={name}
      control={control}
      render={({ field, fieldState }) => {
        const value = typeof field.value === 'string' && field.value.trim() !== '' ? field.value : null
        return (
          <Autocomplete
            {...texts.autocomplete}
            options={value === null || options.includes(value) ? options : [value, ...options]}
            value={value}
            onChange={(_event, next) => field.onChange(next ?? '')}
            onBlur={field.onBlur}
            renderInput={(params) => (
              <TextField
                {...params}
                name={field.name}
                label={label}
                inputRef={field.ref}
                error={fieldState.error !== undefined}
                helperText={errorText(fieldState.error)}
              />
            )}
          />
        )
      }}
    />
  )
}
