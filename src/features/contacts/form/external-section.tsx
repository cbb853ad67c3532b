import { useTranslation } from '../../../lib/i18n'
import LinkIcon from '@mui/icons-material/LinkOutlined'
import { FormSection } from './form-section'
import { FormTextField } from './form-text-field'

export function ExternalSection() {
  const { t } = useTranslation('form')
  return (
    <FormSection title={t('sections.external')} icon={<LinkIcon aria-hidden color="action" />}>
      <FormTextField name="external_id" label={t('fields.external_id')} helperText={t('hints.externalId')} />
      <FormTextField name="external_origin" label={t('fields.external_origin')} />
    </FormSection>
  )
}
