import { Controller, useFormContext } from 'react-hook-form'
import Autocomplete from '@mui/material/Autocomplete'
import Chip from '@mui/material/Chip'
import TextField from '@mui/material/TextField'
import type { ContactFormValues, CustomFieldName } from './contact-form-values'
import { useErrorText } from './use-error-text'
import { usePickerTexts } from './use-picker-texts'

/**
 * A list of short texts as chips: suggestions from the field's options, free text allowed. Text typed but
 * not yet confirmed with Enter is added on blur (autoSelect), so nothing typed is lost.
 */
export function ListChipsField({
  name,
  label,
  options,
  hint,
}: {
  name: CustomFieldName
  label: string
  options: readonly string[]
  hint: string
}) {
  const { control } = useFormContext<ContactFormValues>()
  const errorText = useErrorText()
  const texts = usePickerTexts()
  return (
    <Controller
      name={name}
      control={control}
      render={({ field, fieldState }) => {
        const items = Array.isArray(field.value) ? field.value : []
        return (
          <Autocomplete
            {...texts.autocomplete}
            multiple
            freeSolo
            autoSelect
            options={options.filter((option) => !items.includes(option))}
            value={items}
            onChange={(_event, next) =>
              field.onChange([...new Set(next.map((item) => item.trim()).filter(Boolean))])
            }
            onBlur={field.onBlur}
            renderValue={(values, getItemProps) =>
              values.map((item, index) => {
                const { key, ...itemProps } = getItemProps({ index })
                return <Chip key={key} label={item} size="small" {...itemProps} />
              })
            }
            renderInput={(params) => (
              <TextField
                {...params}
                name={field.name}
                label={label}
                inputRef={field.ref}
                error={fieldState.error !== undefined}
                helperText={errorText(fieldState.error) ?? hint}
              />
            )}
          />
        )
      }}
    />
  )
}
