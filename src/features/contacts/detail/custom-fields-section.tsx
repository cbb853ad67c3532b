import { useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from '../../../lib/i18n'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import TuneIcon from '@mui/icons-material/TuneOutlined'
import type { Contact } from '../../../api/schemas/contact'
import { lookupQueries } from '../api/lookup-queries'
import { inferCustomFields } from '../shared/custom-field-kinds'
import { useUserNames } from '../shared/user-names'
import { formatCustomFieldValue } from './custom-field-display'
import { DetailSection, EmptyLine } from './detail-section'
import { FactList, FactText, type Fact } from './fact-list'

/**
 * Every custom field of the contact, titled by its definition where the API has one (else its alias).
 * Filled fields come first; empty ones ("—") wait behind a toggle so a sparse record stays calm.
 * Definitions are optional: if they fail to load, the aliases and inferred kinds still show every value.
 */
export function CustomFieldsSection({ contact }: { contact: Contact }) {
  const { t } = useTranslation('detail')
  const [showEmpty, setShowEmpty] = useState(false)
  const definitions = useQuery({ ...lookupQueries.contactCustomFields(), throwOnError: false })
  const fields = inferCustomFields(definitions.data ?? [], [contact])
  const userName = useUserNames(fields.some((field) => field.kind === 'user'))
  if (fields.length === 0) return null
  const texts = {
    yes: t('customFields.yes'),
    no: t('customFields.no'),
    listSeparator: t('customFields.listSeparator'),
    userName,
  }
  const filled: Fact[] = []
  const empty: Fact[] = []
  for (const field of fields) {
    const text = formatCustomFieldValue(contact.custom_fields[field.alias], field.kind, texts)
    const fact: Fact = {
      key: field.alias,
      label: field.title?.trim() ? field.title : field.alias,
      value:
        text === null ? (
          <Box component="span" sx={{ color: 'text.disabled' }}>
            —
          </Box>
        ) : (
          <FactText>{text}</FactText>
        ),
    }
    ;(text === null ? empty : filled).push(fact)
  }
  return (
    <DetailSection title={t('customFields.title')} icon={<TuneIcon />}>
      {filled.length > 0 ? <FactList facts={filled} /> : <EmptyLine>{t('customFields.allEmpty')}</EmptyLine>}
      {empty.length > 0 ? (
        <Box sx={{ mt: 1.5 }}>
          {showEmpty ? <FactList facts={empty} /> : null}
          <Button
            size="small"
            onClick={() => setShowEmpty((shown) => !shown)}
            aria-expanded={showEmpty}
            sx={{ mt: showEmpty ? 1 : 0, ml: -1 }}
          >
            {showEmpty ? t('customFields.hideEmpty') : t('customFields.showEmpty', { count: empty.length })}
          </Button>
        </Box>
      ) : null}
    </DetailSection>
  )
}
