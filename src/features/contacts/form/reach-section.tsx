import { useTranslation } from '../../../lib/i18n'
import ContactMailIcon from '@mui/icons-material/ContactMailOutlined'
import { FormSection, FullWidth } from './form-section'
import { FormTextField } from './form-text-field'

export function ReachSection() {
  const { t } = useTranslation('form')
  const email = { type: 'email', autoComplete: 'off' } as const
  const phone = { type: 'tel', autoComplete: 'off' } as const
  return (
    <FormSection title={t('sections.reach')} icon={<ContactMailIcon aria-hidden color="action" />}>
      <FormTextField name="email" label={t('fields.email')} {...email} />
      <FormTextField name="email_private" label={t('fields.email_private')} {...email} />
      <FormTextField name="telephone" label={t('fields.telephone')} {...phone} />
      <FormTextField name="telephone_private" label={t('fields.telephone_private')} {...phone} />
      <FormTextField name="mobile" label={t('fields.mobile')} {...phone} />
      <FormTextField name="mobile_private" label={t('fields.mobile_private')} {...phone} />
      <FullWidth>
        <FormTextField
          name="fax"
          label={t('fields.fax')}
          {...phone}
          sx={{ maxWidth: { md: 'calc(50% - 10px)' } }}
        />
      </FullWidth>
    </FormSection>
  )
}
