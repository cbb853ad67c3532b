/**
 * Global snackbar. The queue lives in a small store outside React so non-React code (the QueryClient's
 * error policy) can notify too; components use `useNotify()`. One message is shown at a time.
 */
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react'
import { useTranslation } from '../lib/i18n'
import Alert, { type AlertColor } from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Snackbar, { type SnackbarCloseReason } from '@mui/material/Snackbar'

export interface Notification {
  message: string
  severity?: AlertColor
  /** e.g. "Undo"; clicking it runs `onClick` and closes the message. */
  action?: { label: string; onClick: () => void }
  /** A message with the same id as one already waiting or shown is dropped (no floods of equal toasts). */
  id?: string
}

interface QueuedNotification extends Notification {
  key: number
}

export interface NotificationStore {
  notify: (notification: Notification) => void
  dismiss: (key: number) => void
  subscribe: (listener: () => void) => () => void
  current: () => QueuedNotification | undefined
}

export function createNotificationStore(): NotificationStore {
  let queue: QueuedNotification[] = []
  let nextKey = 1
  const listeners = new Set<() => void>()
  const emit = () => listeners.forEach((listener) => listener())
  return {
    notify: (notification) => {
      if (notification.id !== undefined && queue.some((queued) => queued.id === notification.id)) return
      queue = [...queue, { ...notification, key: nextKey++ }]
      emit()
    },
    dismiss: (key) => {
      queue = queue.filter((queued) => queued.key !== key)
      emit()
    },
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    current: () => queue[0],
  }
}

const NotificationContext = createContext<NotificationStore | null>(null)

export function useNotify(): (notification: Notification) => void {
  const store = useContext(NotificationContext)
  if (!store) throw new Error('useNotify() needs a <NotificationProvider> above it')
  return store.notify
}

export function NotificationProvider({ store, children }: { store: NotificationStore; children: ReactNode }) {
  return (
    <NotificationContext.Provider value={store}>
      {children}
      <NotificationSnackbar store={store} />
    </NotificationContext.Provider>
  )
}

function NotificationSnackbar({ store }: { store: NotificationStore }) {
  const { t } = useTranslation()
  const current = useSyncExternalStore(store.subscribe, store.current)
  if (!current) return null
  const severity = current.severity ?? 'info'
  const close = (_event?: unknown, reason?: SnackbarCloseReason) => {
    if (reason !== 'clickaway') store.dismiss(current.key)
  }
  return (
    <Snackbar
      key={current.key}
      open
      onClose={close}
      autoHideDuration={current.action ? 10000 : 6000}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      <Alert
        severity={severity}
        variant="filled"
        // Errors interrupt the screen reader; confirmations wait politely.
        role={severity === 'error' || severity === 'warning' ? 'alert' : 'status'}
        onClose={() => close()}
        closeText={t('actions.close')}
        action={
          current.action ? (
            <Button
              color="inherit"
              size="small"
              onClick={() => {
                current.action?.onClick()
                close()
              }}
            >
              {current.action.label}
            </Button>
          ) : undefined
        }
        sx={{ width: '100%' }}
      >
        {current.message}
      </Alert>
    </Snackbar>
  )
}
