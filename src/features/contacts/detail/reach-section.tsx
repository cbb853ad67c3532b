import ContactPhoneIcon from '@mui/icons-material/ContactPhoneOutlined'
import type { Contact } from '../../../api/schemas/contact'
import { formatDate } from '../../../lib/format'
import { currentLanguage, useTranslation } from '../../../lib/i18n'
import { mailtoUrl, telUrl } from '../../../lib/safe-url'
import { CopyButton } from './copy-button'
import { DetailSection, EmptyLine } from './detail-section'
import { FactList, FactText, type Fact } from './fact-list'
import { LinkOrText } from './link-or-text'
import { ageOn, languageName } from './person-facts'

const channels = [
  ['email', 'mail'],
  ['email_private', 'mail'],
  ['telephone', 'tel'],
  ['mobile', 'tel'],
  ['telephone_private', 'tel'],
  ['mobile_private', 'tel'],
  ['fax', 'tel'],
] as const

/** How to reach the person: every channel with a link and a copy button, then language and birthday. */
export function ReachSection({ contact }: { contact: Contact }) {
  const { t } = useTranslation('detail')
  const facts: Fact[] = []
  for (const [field, kind] of channels) {
    const value = contact[field]?.trim()
    if (!value) continue
    facts.push({
      key: field,
      label: t(`reach.${field}.label`),
      value: <LinkOrText href={kind === 'mail' ? mailtoUrl(value) : telUrl(value)}>{value}</LinkOrText>,
      action: <CopyButton text={value} label={t(`reach.${field}.copy`)} />,
    })
  }
  const locale = contact.locale?.trim()
  if (locale) {
    facts.push({
      key: 'locale',
      label: t('reach.locale'),
      value: <FactText>{languageName(locale, currentLanguage())}</FactText>,
    })
  }
  const birthday = contact.birthday?.trim()
  if (birthday) {
    const age = ageOn(birthday)
    const date = formatDate(birthday, { dateStyle: 'long' }) || birthday
    facts.push({
      key: 'birthday',
      label: t('reach.birthday'),
      value: <FactText>{age === null ? date : t('reach.birthdayWithAge', { date, count: age })}</FactText>,
    })
  }
  return (
    <DetailSection title={t('reach.title')} icon={<ContactPhoneIcon />}>
      {facts.length > 0 ? <FactList facts={facts} /> : <EmptyLine>{t('reach.empty')}</EmptyLine>}
    </DetailSection>
  )
}
