/**
 * Global snackbar. The queue lives in a small store outside React so non-React code (the QueryClient's
 * error policy) can notify too; components use `useNotify()`. One message is shown at a time.
 */
import { createContext, Suspense, useContext, useEffect, useSyncExternalStore, type ReactNode } from 'react'
import type { AlertColor } from '@mui/material/Alert'
import { lazyOptional, preloadAfterStart } from '../lib/lazy-parts'

export interface Notification {
  message: string
  severity?: AlertColor
  /** e.g. "Undo"; clicking it runs `onClick` and closes the message. */
  action?: { label: string; onClick: () => void }
  /** A message with the same id as one already waiting or shown is dropped (no floods of equal toasts). */
  id?: string
}

export interface QueuedNotification extends Notification {
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

// The snackbar's code loads right after start (the first page does not wait for it), so it is there
// when the first message comes; should the download fail, messages are not shown.
const loadSnackbar = async () => (await import('./notification-snackbar')).NotificationSnackbar
const NotificationSnackbar = lazyOptional(loadSnackbar)

export function NotificationProvider({ store, children }: { store: NotificationStore; children: ReactNode }) {
  const current = useSyncExternalStore(store.subscribe, store.current)
  useEffect(() => preloadAfterStart(loadSnackbar), [])
  return (
    <NotificationContext.Provider value={store}>
      {children}
      {current ? (
        <Suspense fallback={null}>
          <NotificationSnackbar store={store} current={current} />
        </Suspense>
      ) : null}
    </NotificationContext.Provider>
  )
}
