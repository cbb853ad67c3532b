/**
 * The signed-in user's saved views and the changes to them. Null user (whoami not answered, or failed):
 * no views and nothing to change, since views are kept per user.
 */
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react'
import { useQuery } from '@tanstack/react-query'
import { sessionQueries } from '../../session/api/session-queries'
import {
  addView,
  changeView,
  noViews,
  removeView,
  viewsOf,
  withUserViews,
  type SavedView,
  type UserViews,
} from './saved-views-record'
import { readSavedViews, subscribeSavedViews, writeSavedViews } from './saved-views-store'

function newViewId(): string {
  return `v-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`
}

export function useSavedViews() {
  const whoami = useQuery({ ...sessionQueries.whoami(), throwOnError: false })
  const userId = whoami.data?.id ?? null
  const record = useSyncExternalStore(subscribeSavedViews, readSavedViews)
  const views = userId === null ? noViews : viewsOf(record, userId)

  // The boot module opens the start view of whoever used the list here last.
  useEffect(() => {
    const stored = readSavedViews()
    if (userId !== null && Object.keys(stored.users).length > 0 && stored.lastUserId !== userId)
      writeSavedViews({ ...stored, lastUserId: userId })
  }, [userId])

  /** Applies a change to this user's views; false when nothing was stored. */
  const change = useCallback(
    (update: (views: UserViews) => UserViews): boolean =>
      userId !== null && writeSavedViews(withUserViews(readSavedViews(), userId, update)),
    [userId],
  )

  return useMemo(
    () => ({
      userId,
      views: views.views,
      startViewId: views.startViewId,
      save: (view: Omit<SavedView, 'id'>) => {
        const saved = { ...view, id: newViewId() }
        return change((current) => addView(current, saved)) ? saved : null
      },
      change: (id: string, patch: Partial<Omit<SavedView, 'id'>>) =>
        change((current) => changeView(current, id, patch)),
      /** Removes the view; the returned function puts it back (with its start-view mark). */
      remove: (id: string) => {
        const view = views.views.find((candidate) => candidate.id === id)
        const wasStart = views.startViewId === id
        if (!view || !change((current) => removeView(current, id))) return null
        return () =>
          change((current) => ({
            views: [...current.views.filter((other) => other.id !== id), view],
            startViewId: wasStart ? id : current.startViewId,
          }))
      },
      setStart: (id: string | null) => change((current) => ({ ...current, startViewId: id })),
    }),
    [change, userId, views],
  )
}
