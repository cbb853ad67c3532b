import { memo } from 'react'
import { useTranslation } from '../../../lib/i18n'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft'
import ChevronRightIcon from '@mui/icons-material/ChevronRight'
import { NativeSelectField } from '../../../components/native-select-field'
import { PAGE_SIZES } from '../../../contract/kanbert-contract'

/**
 * Cursor paging as Kanbert does it: previous/next from `meta`, a page size, and no page numbers or
 * totals (the API has none, and inventing them would lie). Memoised: the page renders it from the
 * first load on (disabled), so a page of contacts arriving only enables its buttons.
 */
export const ListPagination = memo(function ListPagination({
  pageSize,
  onPageSize,
  prevCursor,
  nextCursor,
  onPage,
  disabled,
}: {
  pageSize: number
  onPageSize: (size: number) => void
  prevCursor: string | null
  nextCursor: string | null
  onPage: (cursor: string) => void
  disabled: boolean
}) {
  const { t } = useTranslation('list')
  return (
    <Stack
      component="nav"
      aria-label={t('paging.label')}
      direction="row"
      sx={{ alignItems: 'center', justifyContent: 'flex-end', flexWrap: 'wrap', gap: 1, px: 2, py: 1.5 }}
    >
      <NativeSelectField
        label={t('paging.pageSize')}
        value={String(pageSize)}
        onChange={(size) => onPageSize(Number(size))}
        sx={{ minWidth: 140, mr: 'auto' }}
      >
        {PAGE_SIZES.map((size) => (
          <option key={size} value={size}>
            {size}
          </option>
        ))}
      </NativeSelectField>
      <Button
        variant="outlined"
        startIcon={<ChevronLeftIcon />}
        disabled={disabled || prevCursor === null}
        onClick={() => prevCursor !== null && onPage(prevCursor)}
      >
        {t('paging.previous')}
      </Button>
      <Button
        variant="outlined"
        endIcon={<ChevronRightIcon />}
        disabled={disabled || nextCursor === null}
        onClick={() => nextCursor !== null && onPage(nextCursor)}
      >
        {t('paging.next')}
      </Button>
    </Stack>
  )
})
