import { memo } from 'react'
import { contactFullName } from '../shared/contact-names'
import { tableClasses } from './contact-table-styles'
import { clickOpensRow, ROW_CONTROL_CLASS } from './row-click'
import { SelectContact, type ContactItemProps } from './select-contact'

/**
 * A cell cut with "…" gets its whole text as a native tooltip when the pointer comes to its row (read
 * from the cell itself, so it is always what the cell holds; no MUI Tooltip: Popper on the first page).
 */
function titleCutCells(row: HTMLTableRowElement) {
  for (const cell of row.cells) {
    if (cell.classList.contains(ROW_CONTROL_CLASS)) continue
    // Compact shows a list inline; the tooltip puts each item on its own line.
    const items = [...cell.querySelectorAll('li')].map((item) => item.innerText)
    const cut = cell.scrollWidth > cell.clientWidth
    cell.title = cut ? (items.length ? items.join('\n') : cell.innerText) : ''
  }
}

/** Moves focus to the previous or next row (the rows are the table's keyboard stops). */
function moveFocus(from: HTMLElement, step: 1 | -1) {
  const target = step === 1 ? from.nextElementSibling : from.previousElementSibling
  if (target instanceof HTMLElement && target.tabIndex === 0) target.focus()
}

/**
 * One contact. Memoised: selecting a row re-renders only the rows whose
 * contact or selection changed.
 */
export const ContactRow = memo(function ContactRow({
  contact,
  columns,
  selected,
  events,
  t,
}: ContactItemProps) {
  const name = contactFullName(contact) ?? t('cells.noName')
  let className: string = tableClasses.row
  if (selected) className += ` ${tableClasses.selected}`
  if (contact.deleted_at) className += ` ${tableClasses.archived}`
  return (
    <tr
      role="row"
      className={className}
      tabIndex={0}
      onClick={(event) => {
        if (clickOpensRow(event)) events.open(contact)
      }}
      onMouseEnter={(event) => {
        titleCutCells(event.currentTarget)
        events.hoverStart(contact)
      }}
      onMouseLeave={events.hoverEnd}
      onFocus={() => events.prefetch(contact)}
      onKeyDown={(event) => {
        if (event.target !== event.currentTarget) return
        if (event.key === 'Enter') events.open(contact)
        else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          event.preventDefault()
          moveFocus(event.currentTarget, event.key === 'ArrowDown' ? 1 : -1)
        }
      }}
    >
      <td role="cell" className={ROW_CONTROL_CLASS}>
        <SelectContact contact={contact} name={name} selected={selected} events={events} t={t} />
      </td>
      {columns.map((column) => (
        <td key={column.id} role="cell">
          {column.cell(contact)}
        </td>
      ))}
    </tr>
  )
})
