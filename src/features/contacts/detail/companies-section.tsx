import { useTranslation } from '../../../lib/i18n'
import Accordion from '@mui/material/Accordion'
import AccordionDetails from '@mui/material/AccordionDetails'
import AccordionSummary from '@mui/material/AccordionSummary'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import ApartmentIcon from '@mui/icons-material/ApartmentOutlined'
import ExpandMoreIcon from '@mui/icons-material/ExpandMore'
import type { Company } from '../../../api/schemas/company'
import { CompanyDetails } from './company-details'
import { DetailSection } from './detail-section'

/** The companies the contact works for, each with the contact's position there; details on expand. */
export function CompaniesSection({ companies }: { companies: readonly Company[] }) {
  const { t } = useTranslation('detail')
  if (companies.length === 0) return null
  return (
    <DetailSection title={t('companies.title', { count: companies.length })} icon={<ApartmentIcon />}>
      <Stack sx={{ mx: -2, mb: -2 }}>
        {companies.map((company) => {
          const ownName = company.company_name?.trim()
          const name = ownName === undefined || ownName === '' ? t('companies.unnamed') : ownName
          // The pivot may carry an empty string rather than null for "no position".
          const position = company.contact_company?.position?.trim() ?? ''
          return (
            <Accordion
              key={company.id}
              disableGutters
              elevation={0}
              square
              slotProps={{ transition: { unmountOnExit: true } }}
              sx={{
                borderTop: 1,
                borderColor: 'divider',
                bgcolor: 'transparent',
                '&::before': { display: 'none' },
              }}
            >
              <AccordionSummary expandIcon={<ExpandMoreIcon />} sx={{ px: 2 }}>
                <Stack sx={{ minWidth: 0 }}>
                  <Typography component="span" dir="auto" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
                    {name}
                  </Typography>
                  <Typography
                    component="span"
                    variant="body2"
                    dir="auto"
                    sx={{ color: 'text.secondary', overflowWrap: 'anywhere' }}
                  >
                    {position === '' ? t('companies.noPosition') : position}
                  </Typography>
                </Stack>
              </AccordionSummary>
              <AccordionDetails sx={{ px: 2, pt: 0, pb: 2 }}>
                <CompanyDetails company={company} />
              </AccordionDetails>
            </Accordion>
          )
        })}
      </Stack>
    </DetailSection>
  )
}
