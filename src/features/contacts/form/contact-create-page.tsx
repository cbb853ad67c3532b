import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../../components/page-header'

/** Placeholder from the app shell; the contacts feature replaces it. */
export function ContactCreatePage() {
  const { t } = useTranslation()
  return <PageHeader title={t('pages.newContact')} />
}
