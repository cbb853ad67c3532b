import { useTranslation } from '../../../lib/i18n'
import { Link as RouterLink, useHref, useNavigate } from 'react-router'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import ArchiveIcon from '@mui/icons-material/ArchiveOutlined'
import DownloadIcon from '@mui/icons-material/DownloadOutlined'
import EditIcon from '@mui/icons-material/EditOutlined'
import LinkIcon from '@mui/icons-material/LinkOutlined'
import type { Contact } from '../../../api/schemas/contact'
import { useKeyboardShortcuts } from '../../../lib/use-keyboard-shortcuts'
import type { useArchiveRestore } from '../shared/use-archive-restore'
import { usePermissionDenied } from '../../session/use-session'
import { useCopyToClipboard } from './use-copy-to-clipboard'
import { buildVCard, vCardFileName } from './vcard'

function downloadText(text: string, fileName: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const anchor = document.createElement('a')
  anchor.href = url
  anchor.download = fileName
  anchor.click()
  // Revoked on the next task: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

/**
 * Edit, copy link, vCard and archive. An archived contact cannot be edited until restored, and its Restore
 * button lives in the archived banner, so the header offers only the actions that still apply.
 */
export function ContactActions({
  contact,
  archiveRestore,
}: {
  contact: Contact
  archiveRestore: ReturnType<typeof useArchiveRestore>
}) {
  const { t } = useTranslation('detail')
  const copy = useCopyToClipboard()
  const detailHref = useHref(`/contacts/${encodeURIComponent(contact.id)}`)
  const archived = contact.deleted_at !== null
  // After a 403 on a write the action stays off for the session; ReadOnlyNotice says why.
  const editDenied = usePermissionDenied('edit')
  const archiveDenied = usePermissionDenied('archive')
  const navigate = useNavigate()
  const editPath = `/contacts/${encodeURIComponent(contact.id)}/edit`
  useKeyboardShortcuts({ e: archived || editDenied ? undefined : () => void navigate(editPath) })
  return (
    <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
      {archived ? null : (
        <Button
          variant="contained"
          startIcon={<EditIcon />}
          component={RouterLink}
          to={editPath}
          aria-keyshortcuts="e"
          disabled={editDenied}
        >
          {t('actions.edit')}
        </Button>
      )}
      <Button
        variant="outlined"
        startIcon={<LinkIcon />}
        onClick={() =>
          void copy(new URL(detailHref, window.location.origin).toString(), t('actions.linkCopied'))
        }
      >
        {t('actions.copyLink')}
      </Button>
      <Button
        variant="outlined"
        startIcon={<DownloadIcon />}
        onClick={() =>
          downloadText(
            buildVCard(contact),
            vCardFileName(contact, t('vcardFallbackName')),
            'text/vcard;charset=utf-8',
          )
        }
      >
        {t('actions.vcard')}
      </Button>
      {archived ? null : (
        <Button
          variant="outlined"
          color="warning"
          startIcon={<ArchiveIcon />}
          onClick={() => archiveRestore.requestArchive(contact)}
          disabled={archiveRestore.isPending || archiveDenied}
        >
          {t('actions.archive')}
        </Button>
      )}
    </Stack>
  )
}
