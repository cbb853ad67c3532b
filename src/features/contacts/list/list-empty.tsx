import { useTranslation } from '../../../lib/i18n'
import Button from '@mui/material/Button'
import SearchOffIcon from '@mui/icons-material/SearchOff'
import { EmptyState } from '../../../components/empty-state'

/** No rows: with a search or filters, offer to clear them; without, say the list is empty. */
export function ListEmpty({ hasQuery, onClear }: { hasQuery: boolean; onClear: () => void }) {
  const { t } = useTranslation(['listTools', 'list'])
  return (
    <EmptyState
      icon={<SearchOffIcon fontSize="inherit" />}
      title={hasQuery ? t('states.emptyTitle') : t('states.emptyNoContacts')}
      description={hasQuery ? t('states.emptyText') : undefined}
      action={
        hasQuery ? (
          <Button variant="outlined" onClick={onClear}>
            {t('states.clearFilters')}
          </Button>
        ) : undefined
      }
    />
  )
}
