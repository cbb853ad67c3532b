import { Controller, useFormContext, type FieldPathByValue } from 'react-hook-form'
import TextField from '@mui/material/TextField'
import type { ContactFormValues } from './contact-form-values'
import { useErrorText } from './use-error-text'

export interface SelectOption {
  value: string
  label: string
}

/**
 * A native select (type-ahead and platform pickers for free). A stored value outside the offered options
 * is still listed, so opening the form never silently changes it.
 */
export function FormSelectField({
  name,
  label,
  options,
}: {
  name: FieldPathByValue<ContactFormValues, string>
  label: string
  options: SelectOption[]
}) {
  const { control } = useFormContext<ContactFormValues>()
  const errorText = useErrorText()
  return (
    <Controller
      name={name}
      control={control}
      render={({ field, fieldState }) => {
        const known = options.some((option) => option.value === field.value)
        const all = known ? options : [...options, { value: field.value, label: field.value }]
        return (
          <TextField
            select
            fullWidth
            label={label}
            name={field.name}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            error={fieldState.error !== undefined}
            helperText={errorText(fieldState.error)}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
          >
            {all.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </TextField>
        )
      }}
    />
  )
}
