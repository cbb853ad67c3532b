import { useTranslation } from '../../../lib/i18n'
import TuneIcon from '@mui/icons-material/TuneOutlined'
import Typography from '@mui/material/Typography'
import type { CustomFieldInfo } from '../shared/custom-field-kinds'
import { CustomFieldInput } from './custom-field-input'
import { FormSection, FullWidth } from './form-section'

/** Multi-line and list fields take the whole row; the rest flow two per row. */
const wideKinds = new Set(['text', 'list'])

export function CustomFieldsSection({ fields }: { fields: readonly CustomFieldInfo[] }) {
  const { t } = useTranslation('form')
  return (
    <FormSection title={t('sections.customFields')} icon={<TuneIcon aria-hidden color="action" />}>
      {fields.length === 0 ? (
        <FullWidth>
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {t('custom.none')}
          </Typography>
        </FullWidth>
      ) : (
        fields.map((field) =>
          wideKinds.has(field.kind) ? (
            <FullWidth key={field.alias}>
              <CustomFieldInput field={field} />
            </FullWidth>
          ) : (
            <CustomFieldInput key={field.alias} field={field} />
          ),
        )
      )}
    </FormSection>
  )
}
