/** The selection box of a table row or phone card, and the props both items are memoised on. */
import type { TFunction } from '../../../lib/i18n'
import type { Contact } from '../../../api/schemas/contact'
import type { ContactColumn } from './contact-columns'
import { RowCheckbox } from './row-checkbox'
import type { RowEvents } from './row-events'

/** What a table row and a phone card show and do (both are memoised on these props). */
export interface ContactItemProps {
  contact: Contact
  columns: readonly ContactColumn[]
  selected: boolean
  events: RowEvents
  t: TFunction<'list'>
}

/** The selection box of a row or card, labelled with the contact's name. */
export function SelectContact({
  contact,
  name,
  selected,
  events,
  t,
}: Omit<ContactItemProps, 'columns'> & { name: string }) {
  return (
    <RowCheckbox
      checked={selected}
      onChange={(event) => events.select(contact, event.target.checked)}
      label={t('selection.selectRow', { name })}
    />
  )
}
