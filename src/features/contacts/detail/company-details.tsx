import { useTranslation } from '../../../lib/i18n'
import Chip from '@mui/material/Chip'
import Stack from '@mui/material/Stack'
import type { Company } from '../../../api/schemas/company'
import { mailtoUrl, safeWebUrl, telUrl } from '../../../lib/safe-url'
import { CopyButton } from './copy-button'
import { EmptyLine } from './detail-section'
import { FactList, FactText, type Fact } from './fact-list'
import { LinkOrText } from './link-or-text'
import { hasAddress, PostalAddressBlock, type AddressInput } from './postal-address-block'

function invoiceAddress(company: Company): AddressInput {
  return {
    street: company.address_invoice_street,
    house: company.address_invoice_house,
    street2: company.address_invoice_street2,
    zip: company.address_invoice_zip,
    town: company.address_invoice_town,
    state: company.address_invoice_state,
    country: company.address_invoice_country,
  }
}

/** A company's own details, shown when its row is expanded. */
export function CompanyDetails({ company }: { company: Company }) {
  const { t } = useTranslation('detail')
  const facts: Fact[] = []
  const text = (
    key: string,
    label: string,
    value: string | null,
    href?: string | null,
    copyLabel?: string,
  ) => {
    const trimmed = value?.trim()
    if (!trimmed) return
    facts.push({
      key,
      label,
      value:
        href === undefined ? (
          <FactText>{trimmed}</FactText>
        ) : (
          <LinkOrText href={href} external={key === 'homepage'}>
            {trimmed}
          </LinkOrText>
        ),
      action: copyLabel ? <CopyButton text={trimmed} label={copyLabel} /> : undefined,
    })
  }
  text('email', t('company.email'), company.email, mailtoUrl(company.email), t('company.copyEmail'))
  text(
    'email_general',
    t('company.emailGeneral'),
    company.email_general,
    mailtoUrl(company.email_general),
    t('company.copyEmailGeneral'),
  )
  text('phone', t('company.phone'), company.phone, telUrl(company.phone), t('company.copyPhone'))
  text('fax', t('company.fax'), company.fax, telUrl(company.fax))
  text('homepage', t('company.homepage'), company.homepage, safeWebUrl(company.homepage))
  text('business_field', t('company.businessField'), company.business_field?.name ?? null)
  if (company.tags.length > 0) {
    facts.push({
      key: 'tags',
      label: t('company.tags'),
      value: (
        <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
          {company.tags.map((tag) => (
            <Chip key={tag.id} size="small" label={tag.title} sx={{ maxWidth: '100%' }} />
          ))}
        </Stack>
      ),
    })
  }
  const address = invoiceAddress(company)
  if (hasAddress(address)) {
    facts.push({
      key: 'invoice',
      label: t('company.invoiceAddress'),
      value: <PostalAddressBlock address={address} />,
    })
  }
  text('tax_uid', t('company.taxId'), company.tax_uid)
  if (facts.length === 0) return <EmptyLine>{t('company.empty')}</EmptyLine>
  return <FactList facts={facts} />
}
