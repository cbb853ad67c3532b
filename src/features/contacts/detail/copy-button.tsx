import IconButton from '@mui/material/IconButton'
import Tooltip from '@mui/material/Tooltip'
import ContentCopyIcon from '@mui/icons-material/ContentCopyOutlined'
import { useCopyToClipboard } from './use-copy-to-clipboard'

/** A small icon button that copies `text`; `label` ("Copy email") is its accessible name and tooltip. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const copy = useCopyToClipboard()
  return (
    <Tooltip title={label}>
      <IconButton
        size="small"
        aria-label={label}
        onClick={() => void copy(text)}
        sx={{ color: 'text.secondary' }}
      >
        <ContentCopyIcon sx={{ fontSize: 16 }} />
      </IconButton>
    </Tooltip>
  )
}
