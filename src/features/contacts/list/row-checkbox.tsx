/**
 * The selection box of a row or card: a native checkbox over MUI Checkbox's icon, with Checkbox's look
 * (size, colours, hover circle, the theme's focus ring) styled once per list by `rowCheckboxStyles`. A
 * page has up to 100 of them, and MUI's Checkbox is four styled layers with ripple state each; this is
 * three elements. The empty box — on nearly every row — is drawn by CSS (the outline icon is exactly an
 * 18 px square with a 2 px border and 2 px outer radius), so only checked rows carry an SVG. The header's
 * select-all box stays a MUI Checkbox (it also shows "indeterminate").
 */
import type { ChangeEvent } from 'react'
import type { CSSObject, Theme } from '@mui/material/styles'

export const rowCheckboxClasses = {
  root: 'RowCheckbox-root',
  checked: 'RowCheckbox-checked',
  input: 'RowCheckbox-input',
  icon: 'RowCheckbox-icon',
  blank: 'RowCheckbox-blank',
} as const

const c = rowCheckboxClasses

// MUI's CheckBox icon (the one Checkbox draws when checked).
const CHECKED =
  'M19 3H5c-1.11 0-2 .9-2 2v14c0 1.1.89 2 2 2h14c1.11 0 2-.9 2-2V5c0-1.1-.89-2-2-2zm-9 14l-5-5 1.41-1.41L10 14.17l7.59-7.59L19 8l-9 9z'

/** MUI Checkbox (medium, primary) as CSS; `& > *` padding rules of a list apply to the root as to MUI's. */
export function rowCheckboxStyles(theme: Theme): CSSObject {
  const palette = (theme.vars ?? theme).palette
  return {
    [`& .${c.root}`]: {
      display: 'inline-flex',
      alignItems: 'center',
      justifyContent: 'center',
      position: 'relative',
      boxSizing: 'border-box',
      padding: 9,
      borderRadius: '50%',
      verticalAlign: 'middle',
      color: palette.text.secondary,
      cursor: 'pointer',
      '&:hover': { backgroundColor: theme.alpha(palette.primary.main, palette.action.hoverOpacity) },
      '@media (hover: none)': { '&:hover': { backgroundColor: 'transparent' } },
      // The theme's focus ring (MuiButtonBase's override), shown for keyboard focus only.
      '&:has(:focus-visible)': { outline: `2px solid ${palette.primary.main}`, outlineOffset: 2 },
    },
    [`& .${c.checked}`]: { color: palette.primary.main },
    [`& .${c.input}`]: {
      position: 'absolute',
      inset: 0,
      width: '100%',
      height: '100%',
      margin: 0,
      padding: 0,
      opacity: 0,
      zIndex: 1,
      cursor: 'inherit',
    },
    [`& .${c.icon}`]: {
      display: 'block',
      flexShrink: 0,
      width: '1em',
      height: '1em',
      fontSize: theme.typography.pxToRem(24),
      fill: 'currentColor',
      userSelect: 'none',
    },
    // MUI's CheckBoxOutlineBlank: the 24 px icon box with an 18 px outlined square inside.
    [`& .${c.blank}`]: {
      boxSizing: 'border-box',
      width: 18,
      height: 18,
      margin: 3,
      border: '2px solid currentColor',
      borderRadius: 2,
    },
  }
}

export function RowCheckbox({
  checked,
  onChange,
  label,
}: {
  checked: boolean
  onChange: (event: ChangeEvent<HTMLInputElement>) => void
  /** The accessible name ("Select Anna Maier"). */
  label: string
}) {
  return (
    <span className={checked ? `${c.root} ${c.checked}` : c.root}>
      <input type="checkbox" className={c.input} checked={checked} onChange={onChange} aria-label={label} />
      {checked ? (
        <svg className={c.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d={CHECKED} />
        </svg>
      ) : (
        <span className={c.blank} />
      )}
    </span>
  )
}
