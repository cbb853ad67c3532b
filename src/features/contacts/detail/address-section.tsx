import { useTranslation } from '../../../lib/i18n'
import PlaceIcon from '@mui/icons-material/PlaceOutlined'
import type { Contact } from '../../../api/schemas/contact'
import { CopyButton } from './copy-button'
import { DetailSection } from './detail-section'
import { addressLines, hasAddress, PostalAddressBlock, type AddressInput } from './postal-address-block'

export function contactAddress(contact: Contact): AddressInput {
  return {
    street: contact.address_street,
    house: contact.address_house,
    street2: contact.address_street2,
    zip: contact.address_zip,
    town: contact.address_town,
    state: contact.address_state,
    country: contact.address_country,
  }
}

/** The contact's postal address; the section is left out when there is none. */
export function AddressSection({ contact }: { contact: Contact }) {
  const { t } = useTranslation('detail')
  const address = contactAddress(contact)
  if (!hasAddress(address)) return null
  return (
    <DetailSection
      title={t('address.title')}
      icon={<PlaceIcon />}
      action={<CopyButton text={addressLines(address).join('\n')} label={t('address.copy')} />}
    >
      <PostalAddressBlock address={address} />
    </DetailSection>
  )
}
