import { useTranslation } from '../../../lib/i18n'
import Box from '@mui/material/Box'
import Card from '@mui/material/Card'
import CardContent from '@mui/material/CardContent'
import Skeleton from '@mui/material/Skeleton'
import Stack from '@mui/material/Stack'
import { DetailColumns } from './detail-columns'

function CardSkeleton({ rows }: { rows: number }) {
  return (
    <Card variant="outlined">
      <CardContent>
        <Skeleton variant="text" width="35%" sx={{ fontSize: '1.1rem', mb: 1 }} />
        {Array.from({ length: rows }, (_, index) => (
          <Stack key={index} direction="row" sx={{ gap: 3, py: 0.5 }}>
            <Skeleton variant="text" width="25%" />
            <Skeleton variant="text" width={`${String(40 + ((index * 17) % 30))}%`} />
          </Stack>
        ))}
      </CardContent>
    </Card>
  )
}

/** The page's shape while the contact loads, so nothing jumps when it arrives. */
export function ContactDetailSkeleton() {
  const { t } = useTranslation('detail')
  return (
    <Box role="status" aria-label={t('loading')}>
      <Stack direction="row" sx={{ gap: 2, alignItems: 'center', mb: 3 }}>
        <Skeleton variant="circular" width={64} height={64} />
        <Stack sx={{ flex: 1 }}>
          <Skeleton variant="text" width="min(360px, 70%)" sx={{ fontSize: '1.75rem' }} />
          <Skeleton variant="text" width="min(220px, 50%)" />
        </Stack>
      </Stack>
      <DetailColumns
        main={
          <>
            <CardSkeleton rows={4} />
            <CardSkeleton rows={3} />
          </>
        }
        side={
          <>
            <CardSkeleton rows={3} />
            <CardSkeleton rows={2} />
          </>
        }
      />
    </Box>
  )
}
