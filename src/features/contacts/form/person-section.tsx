import { useMemo } from 'react'
import { currentLanguage, useTranslation } from '../../../lib/i18n'
import PersonIcon from '@mui/icons-material/PersonOutlined'
import { FormDateField } from './form-date-field'
import { FormSection } from './form-section'
import { FormSelectField, type SelectOption } from './form-select-field'
import { FormTextField } from './form-text-field'

const genders = ['female', 'male', 'diverse'] as const

/** G: the API does not list allowed locales; these cover the firm's clients. Others found are kept. */
const locales = [
  'de',
  'de_AT',
  'de_CH',
  'en',
  'en_GB',
  'fr',
  'it',
  'nl',
  'es',
  'pl',
  'cs',
  'da',
  'pt',
  'tr',
  'ar',
] as const

function useLocaleOptions(): SelectOption[] {
  const { t } = useTranslation('form')
  const language = currentLanguage()
  return useMemo(() => {
    const names = new Intl.DisplayNames([language], { type: 'language' })
    const named = locales.map((code) => ({ value: code, label: names.of(code.replace('_', '-')) ?? code }))
    named.sort((a, b) => a.label.localeCompare(b.label, language))
    return [{ value: '', label: t('locale.none') }, ...named]
  }, [language, t])
}

export function PersonSection() {
  const { t } = useTranslation('form')
  const localeOptions = useLocaleOptions()
  const genderOptions = [
    { value: '', label: t('gender.none') },
    ...genders.map((gender) => ({ value: gender, label: t(`gender.${gender}`) })),
  ]
  return (
    <FormSection title={t('sections.person')} icon={<PersonIcon aria-hidden color="action" />}>
      <FormSelectField name="gender" label={t('fields.gender')} options={genderOptions} />
      <FormTextField name="title" label={t('fields.title')} placeholder={t('hints.titleExample')} />
      <FormTextField name="first_name" label={t('fields.first_name')} autoComplete="off" />
      <FormTextField name="last_name" label={t('fields.last_name')} autoComplete="off" />
      <FormTextField
        name="title_suffix"
        label={t('fields.title_suffix')}
        placeholder={t('hints.suffixExample')}
      />
      <FormTextField name="position" label={t('fields.position')} />
      <FormSelectField name="locale" label={t('fields.locale')} options={localeOptions} />
      <FormDateField name="birthday" label={t('fields.birthday')} />
    </FormSection>
  )
}
