/** Per-contact outcome lists of a bulk edit or its Undo: names as text, failures with our error detail. */
import Typography from '@mui/material/Typography'
import type { Contact } from '../../../api/schemas/contact'
import { useTranslation } from '../../../lib/i18n'
import { contactFullName } from '../shared/contact-names'

export function ContactOutcomeList({
  heading,
  items,
}: {
  heading: string
  items: readonly { contact: Contact; message?: string }[]
}) {
  const { t } = useTranslation('list')
  if (items.length === 0) return null
  return (
    <>
      <Typography sx={{ mt: 2 }}>{heading}</Typography>
      <Typography component="ul" variant="body2" aria-label={heading} sx={{ my: 0.5, pl: 3 }}>
        {items.map(({ contact, message }) => (
          <li key={contact.id}>
            <strong>{contactFullName(contact) ?? t('cells.noName')}</strong>
            {message ? `: ${message}` : ''}
          </li>
        ))}
      </Typography>
    </>
  )
}
