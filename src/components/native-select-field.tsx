import { useId, type ReactNode } from 'react'
import FormControl from '@mui/material/FormControl'
import InputLabel from '@mui/material/InputLabel'
import NativeSelect from '@mui/material/NativeSelect'
import OutlinedInput from '@mui/material/OutlinedInput'
import type { SxProps, Theme } from '@mui/material/styles'

/**
 * An outlined, labelled `<select>` that looks like MUI's `TextField select`, but is the browser's own
 * control: the phone's native picker, type-ahead and full keyboard use for free, and none of the
 * Menu/Popover/Modal code that `TextField` always brings — which keeps it off the first page.
 */
export function NativeSelectField({
  label,
  value,
  onChange,
  children,
  sx,
}: {
  label: string
  value: string
  onChange: (value: string) => void
  /** `<option>` elements. */
  children: ReactNode
  sx?: SxProps<Theme>
}) {
  const id = useId()
  return (
    <FormControl size="small" sx={sx}>
      <InputLabel htmlFor={id} shrink>
        {label}
      </InputLabel>
      <NativeSelect
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        input={<OutlinedInput label={label} notched />}
      >
        {children}
      </NativeSelect>
    </FormControl>
  )
}
