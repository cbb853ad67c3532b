import type { ReactNode } from 'react'
import { Controller, useFormContext, type FieldPathByValue } from 'react-hook-form'
import TextField, { type TextFieldProps } from '@mui/material/TextField'
import type { ContactFormValues, CustomFieldName } from './contact-form-values'
import { useErrorText } from './use-error-text'

type Props = Omit<TextFieldProps, 'name' | 'value' | 'onChange' | 'error' | 'helperText'> & {
  name: FieldPathByValue<ContactFormValues, string> | CustomFieldName
  label: string
  helperText?: ReactNode
}

/** A text input bound to the form; its error (client or server) replaces the hint while present. */
export function FormTextField({ name, label, helperText, ...props }: Props) {
  const { control } = useFormContext<ContactFormValues>()
  const errorText = useErrorText()
  return (
    <Controller
      name={name}
      control={control}
      render={({ field, fieldState }) => (
        <TextField
          {...props}
          name={field.name}
          value={typeof field.value === 'string' ? field.value : ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          label={label}
          fullWidth
          error={fieldState.error !== undefined}
          helperText={errorText(fieldState.error) ?? helperText}
        />
      )}
    />
  )
}
