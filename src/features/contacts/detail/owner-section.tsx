import { useTranslation } from '../../../lib/i18n'
import Chip from '@mui/material/Chip'
import PersonIcon from '@mui/icons-material/BadgeOutlined'
import type { User } from '../../../api/schemas/common'
import { userTypes } from '../../../api/schemas/common'
import { mailtoUrl } from '../../../lib/safe-url'
import { userFullName } from '../shared/contact-names'
import { CopyButton } from './copy-button'
import { DetailSection, EmptyLine } from './detail-section'
import { FactList, FactText, type Fact } from './fact-list'
import { LinkOrText } from './link-or-text'

type KnownUserType = (typeof userTypes)[number]
const isKnownUserType = (type: string): type is KnownUserType =>
  (userTypes as readonly string[]).includes(type)

/** The user type as a small labelled chip; an unknown future type is shown as sent. */
export function UserTypeChip({ type }: { type: string }) {
  const { t } = useTranslation('detail')
  const label = isKnownUserType(type) ? t(`userType.${type}`) : type
  const color = type === 'tax_advisor' ? 'primary' : type === 'guest' ? 'warning' : 'default'
  return <Chip size="small" variant="outlined" color={color} label={label} />
}

/** Facts of a user (owner, a client's primary contact). */
export function userFacts(
  user: User,
  t: (key: 'user.name' | 'user.email' | 'user.type' | 'user.space' | 'user.copyEmail') => string,
): Fact[] {
  const name = userFullName(user)
  const email = user.email.trim()
  const facts: Fact[] = []
  if (name) facts.push({ key: 'name', label: t('user.name'), value: <FactText>{name}</FactText> })
  if (email) {
    facts.push({
      key: 'email',
      label: t('user.email'),
      value: <LinkOrText href={mailtoUrl(email)}>{email}</LinkOrText>,
      action: <CopyButton text={email} label={t('user.copyEmail')} />,
    })
  }
  facts.push({ key: 'type', label: t('user.type'), value: <UserTypeChip type={user.type} /> })
  if (user.space.name.trim())
    facts.push({ key: 'space', label: t('user.space'), value: <FactText>{user.space.name}</FactText> })
  return facts
}

export function OwnerSection({ owner }: { owner: User | null }) {
  const { t } = useTranslation('detail')
  return (
    <DetailSection title={t('owner.title')} icon={<PersonIcon />}>
      {owner ? <FactList facts={userFacts(owner, t)} /> : <EmptyLine>{t('owner.empty')}</EmptyLine>}
    </DetailSection>
  )
}
