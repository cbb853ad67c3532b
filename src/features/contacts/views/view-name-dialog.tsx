import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import TextField from '@mui/material/TextField'
import { useTranslation } from '../../../lib/i18n'
import { MAX_VIEW_NAME_LENGTH } from './saved-views-record'
import { viewNameMessages, viewNameSchema } from './view-name-schema'

export interface ViewNameDialogProps {
  mode: 'save' | 'rename'
  initialName: string
  isTaken: (name: string) => boolean
  /** Receives the trimmed name. */
  onSubmit: (name: string) => void
  onClose: () => void
}

/** Names a new view or renames one (a lazy chunk). Enter submits; a refused name says why and keeps the text. */
export default function ViewNameDialog({
  mode,
  initialName,
  isTaken,
  onSubmit,
  onClose,
}: ViewNameDialogProps) {
  const { t } = useTranslation('views')
  const form = useForm({
    defaultValues: { name: initialName },
    resolver: zodResolver(viewNameSchema(isTaken)),
  })
  const error = form.formState.errors.name?.message
  const messageKey = Object.values(viewNameMessages).find((key) => key === error)
  const { ref, ...nameField } = form.register('name')
  return (
    <Dialog open onClose={onClose} aria-labelledby="view-name-title" maxWidth="xs" fullWidth>
      <form noValidate onSubmit={(event) => void form.handleSubmit((values) => onSubmit(values.name))(event)}>
        <DialogTitle id="view-name-title">
          {mode === 'save' ? t('dialog.saveTitle') : t('dialog.renameTitle')}
        </DialogTitle>
        <DialogContent>
          {mode === 'save' ? (
            <DialogContentText sx={{ mb: 2 }}>{t('dialog.saveText')}</DialogContentText>
          ) : null}
          <TextField
            {...nameField}
            inputRef={ref}
            label={t('dialog.name')}
            // eslint-disable-next-line jsx-a11y/no-autofocus -- APG dialog pattern: focus the field the dialog asks for
            autoFocus
            fullWidth
            required
            error={messageKey !== undefined}
            helperText={
              messageKey === undefined
                ? null
                : t(messageKey, { max: MAX_VIEW_NAME_LENGTH, name: form.getValues('name').trim() })
            }
            sx={{ mt: mode === 'rename' ? 1 : 0 }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('dialog.cancel')}</Button>
          <Button type="submit" variant="contained">
            {mode === 'save' ? t('dialog.save') : t('dialog.rename')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  )
}
