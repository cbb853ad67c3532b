import { Controller, useFormContext } from 'react-hook-form'
import { useTranslation } from '../../../lib/i18n'
import HubIcon from '@mui/icons-material/HubOutlined'
import { lookupQueries } from '../api/lookup-queries'
import { userFullName } from '../shared/contact-names'
import { CompaniesField } from './companies-field'
import type { ContactFormValues } from './contact-form-values'
import { FormSection, FullWidth } from './form-section'
import { LookupPicker } from './lookup-picker'
import { useErrorText } from './use-error-text'

export function RelationsSection() {
  const { t } = useTranslation('form')
  const { control } = useFormContext<ContactFormValues>()
  const errorText = useErrorText()
  return (
    <FormSection title={t('sections.relations')} icon={<HubIcon aria-hidden color="action" />}>
      <Controller
        name="owner"
        control={control}
        render={({ field, fieldState }) => (
          <LookupPicker
            label={t('fields.owner_id')}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            name={field.name}
            inputRef={field.ref}
            errorText={errorText(fieldState.error)}
            query={lookupQueries.users}
            getLabel={userFullName}
            getDetail={(user) => user.email}
          />
        )}
      />
      <Controller
        name="client"
        control={control}
        render={({ field, fieldState }) => (
          <LookupPicker
            label={t('fields.client_id')}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            name={field.name}
            inputRef={field.ref}
            errorText={errorText(fieldState.error)}
            query={lookupQueries.clients}
            getLabel={(client) => client.name}
            getDetail={(client) => client.shortcode}
          />
        )}
      />
      <FullWidth>
        <CompaniesField />
      </FullWidth>
    </FormSection>
  )
}
