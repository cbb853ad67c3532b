import { useRef } from 'react'
import { Controller, useFormContext, type FieldPathByValue } from 'react-hook-form'
import dayjs, { type Dayjs } from 'dayjs'
import { DesktopDatePicker } from '@mui/x-date-pickers/DesktopDatePicker'
import { INVALID_DATE, type ContactFormValues, type CustomFieldName } from './contact-form-values'
import { useErrorText } from './use-error-text'

const ISO_DATE = 'YYYY-MM-DD'

/**
 * A date typed by keyboard (day, month, year sections in the UI language's order) or picked in the
 * calendar. The form holds `YYYY-MM-DD`, `''` when empty, or INVALID_DATE while the typed date is not a
 * real one, so validation can say so instead of silently dropping what was typed.
 * The desktop variant is used on every device: its field accepts typing; the calendar opens on demand.
 */
export function FormDateField({
  name,
  label,
}: {
  name: FieldPathByValue<ContactFormValues, string> | CustomFieldName
  label: string
}) {
  const { control } = useFormContext<ContactFormValues>()
  const errorText = useErrorText()
  // While the typed date is incomplete the picker needs its own (invalid) value back to keep the sections.
  const lastInvalid = useRef<Dayjs | null>(null)
  return (
    <Controller
      name={name}
      control={control}
      render={({ field, fieldState }) => {
        const text = typeof field.value === 'string' ? field.value : ''
        const value = text === INVALID_DATE ? lastInvalid.current : text === '' ? null : dayjs(text)
        return (
          <DesktopDatePicker
            label={label}
            value={value}
            inputRef={field.ref}
            onChange={(next) => {
              if (next === null) {
                field.onChange('')
              } else if (next.isValid()) {
                field.onChange(next.format(ISO_DATE))
              } else {
                lastInvalid.current = next
                field.onChange(INVALID_DATE)
              }
            }}
            slotProps={{
              field: { clearable: true, onBlur: field.onBlur },
              textField: {
                fullWidth: true,
                name: field.name,
                error: fieldState.error !== undefined,
                helperText: errorText(fieldState.error),
              },
            }}
          />
        )
      }}
    />
  )
}
