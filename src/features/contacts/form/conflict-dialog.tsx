import { useId, useState } from 'react'
import { useTranslation } from '../../../lib/i18n'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import FormControlLabel from '@mui/material/FormControlLabel'
import Radio from '@mui/material/Radio'
import RadioGroup from '@mui/material/RadioGroup'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import useMediaQuery from '@mui/material/useMediaQuery'
import { useTheme } from '@mui/material/styles'
import { formatRelativeTime } from '../../../lib/format'
import type { CustomFieldInfo } from '../shared/custom-field-kinds'
import type { Choice, Conflict } from './conflict'
import { readField, type FieldKey } from './contact-diff'
import { useFieldText } from './use-field-text'

type Choices = Partial<Record<FieldKey, Choice>>

/**
 * Shown when the contact changed on the server after the form was opened. Fields both sides changed are
 * chosen one by one (theirs / mine, "all theirs" / "all mine" as shortcuts); fields only they changed are
 * listed for information and stay as they are. Nothing is saved until the user confirms.
 */
export function ConflictDialog(props: {
  conflict: Conflict
  fields: readonly CustomFieldInfo[]
  onResolve: (choices: Choices) => void
  onCancel: () => void
}) {
  const { conflict, fields, onResolve, onCancel } = props
  const { t } = useTranslation('form')
  const text = useFieldText(fields)
  const fullScreen = useMediaQuery(useTheme().breakpoints.down('sm'))
  const titleId = useId()
  const [choices, setChoices] = useState<Choices>({})
  const setAll = (choice: Choice) =>
    setChoices(Object.fromEntries(conflict.contested.map((key) => [key, choice])))
  const valueOf = (side: 'mine' | 'theirs', key: FieldKey) => text.value(key, readField(conflict[side], key))
  return (
    <Dialog open onClose={onCancel} aria-labelledby={titleId} maxWidth="md" fullWidth fullScreen={fullScreen}>
      <DialogTitle id={titleId}>{t('conflict.title')}</DialogTitle>
      <DialogContent dividers>
        <DialogContentText sx={{ mb: 2 }}>
          {t('conflict.description', { when: formatRelativeTime(conflict.theirUpdatedAt) })}{' '}
          {conflict.contested.length > 0 ? t('conflict.chooseDescription') : t('conflict.noOverlap')}
        </DialogContentText>
        {conflict.contested.length > 0 ? (
          <Stack sx={{ gap: 2 }}>
            <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
              <Button size="small" variant="outlined" onClick={() => setAll('theirs')}>
                {t('conflict.allTheirs')}
              </Button>
              <Button size="small" variant="outlined" onClick={() => setAll('mine')}>
                {t('conflict.allMine')}
              </Button>
            </Stack>
            {conflict.contested.map((key) => (
              <Box key={key} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5 }}>
                <Typography component="h3" variant="subtitle2" id={`${titleId}-${key}`} sx={{ mb: 0.5 }}>
                  {text.label(key)}
                </Typography>
                <RadioGroup
                  aria-labelledby={`${titleId}-${key}`}
                  value={choices[key] ?? 'mine'}
                  onChange={(_event, value) =>
                    setChoices({ ...choices, [key]: value === 'theirs' ? 'theirs' : 'mine' })
                  }
                >
                  <FormControlLabel
                    value="theirs"
                    control={<Radio />}
                    label={<ChoiceLabel caption={t('conflict.theirs')} value={valueOf('theirs', key)} />}
                  />
                  <FormControlLabel
                    value="mine"
                    control={<Radio />}
                    label={<ChoiceLabel caption={t('conflict.mine')} value={valueOf('mine', key)} />}
                  />
                </RadioGroup>
              </Box>
            ))}
          </Stack>
        ) : null}
        {conflict.theirsOnly.length > 0 ? (
          <Box sx={{ mt: 3 }}>
            <Typography component="h3" variant="subtitle2" sx={{ mb: 1 }}>
              {t('conflict.alsoChanged')}
            </Typography>
            <Box component="ul" sx={{ m: 0, pl: 3 }}>
              {conflict.theirsOnly.map((key) => (
                <Typography component="li" variant="body2" key={key} sx={{ overflowWrap: 'anywhere' }}>
                  {text.label(key)}: {valueOf('theirs', key)}
                </Typography>
              ))}
            </Box>
          </Box>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{t('conflict.back')}</Button>
        <Button variant="contained" onClick={() => onResolve(choices)}>
          {t('conflict.save')}
        </Button>
      </DialogActions>
    </Dialog>
  )
}

function ChoiceLabel({ caption, value }: { caption: string; value: string }) {
  return (
    <Box component="span" sx={{ display: 'block', py: 0.5 }}>
      <Typography component="span" variant="caption" sx={{ display: 'block', color: 'text.secondary' }}>
        {caption}
      </Typography>
      <Typography component="span" variant="body2" sx={{ overflowWrap: 'anywhere' }}>
        {value}
      </Typography>
    </Box>
  )
}
