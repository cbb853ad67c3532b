import { useTranslation } from '../../../lib/i18n'
import PlaceIcon from '@mui/icons-material/PlaceOutlined'
import Box from '@mui/material/Box'
import { CountryPicker } from './country-picker'
import { FormSection, FullWidth } from './form-section'
import { FormTextField } from './form-text-field'

export function AddressSection() {
  const { t } = useTranslation('form')
  return (
    <FormSection title={t('sections.address')} icon={<PlaceIcon aria-hidden color="action" />}>
      <FullWidth>
        {/* Street and house number belong on one line, the number short. */}
        <Box sx={{ display: 'grid', gap: 2.5, gridTemplateColumns: 'minmax(0, 3fr) minmax(7.5rem, 1fr)' }}>
          <FormTextField name="address_street" label={t('fields.address_street')} />
          <FormTextField name="address_house" label={t('fields.address_house')} />
        </Box>
      </FullWidth>
      <FullWidth>
        <FormTextField name="address_street2" label={t('fields.address_street2')} />
      </FullWidth>
      <FullWidth>
        <Box sx={{ display: 'grid', gap: 2.5, gridTemplateColumns: 'minmax(5.5rem, 1fr) minmax(0, 3fr)' }}>
          <FormTextField name="address_zip" label={t('fields.address_zip')} />
          <FormTextField name="address_town" label={t('fields.address_town')} />
        </Box>
      </FullWidth>
      <FormTextField name="address_state" label={t('fields.address_state')} />
      <CountryPicker label={t('fields.address_country_id')} />
    </FormSection>
  )
}
