/**
 * A history that can hold a navigation back: the one thing of react-router's data router (useBlocker)
 * the app needs beyond declarative mode. Framework-free, so it works the same over the browser history
 * and the tests' memory history.
 *
 * - push/replace (links, `navigate()`): asked before they happen; a blocked one waits for proceed/reset.
 * - back/forward (POP): the browser has already moved, so a blocked one is undone with `go(-delta)` and
 *   redone with `go(delta)` on proceed — the same technique react-router's data router uses.
 */
import { NavigationType } from 'react-router'
import type { Location, Navigator, Path, To, UNSAFE_createMemoryHistory } from 'react-router'

/** What react-router's browser and memory histories have in common, and all this module uses. */
export type AppHistory = Pick<
  ReturnType<typeof UNSAFE_createMemoryHistory>,
  'action' | 'location' | 'push' | 'replace' | 'go' | 'listen' | 'createHref' | 'encodeLocation'
>

export type HistoryUpdate = Parameters<Parameters<AppHistory['listen']>[0]>[0]

export type ShouldBlock = (args: { currentLocation: Location; nextLocation: Path }) => boolean

export interface PendingNavigation {
  proceed: () => void
  reset: () => void
}

export interface GuardedHistory {
  navigator: Navigator
  /** The single listener (as react-router's histories have); updates that were blocked never reach it. */
  listen: (listener: (update: HistoryUpdate) => void) => () => void
  /** Installs the guard; returns its removal. One at a time: the form on screen. */
  setShouldBlock: (shouldBlock: ShouldBlock) => () => void
  subscribe: (onChange: () => void) => () => void
  pending: () => PendingNavigation | null
}

export function createGuardedHistory(history: AppHistory): GuardedHistory {
  let shouldBlock: ShouldBlock | null = null
  let pending: PendingNavigation | null = null
  let committed: Location = history.location
  /** POPs caused by our own go(): the undo of a blocked one (skipped) and the redo on proceed (let through). */
  let undoing = false
  let redoing = false
  const watchers = new Set<() => void>()

  const setPending = (next: PendingNavigation | null) => {
    pending = next
    watchers.forEach((notify) => notify())
  }

  const blocks = (nextLocation: Path) => shouldBlock?.({ currentLocation: committed, nextLocation }) === true

  /** Runs `navigate` now, or holds it until the user decides. */
  const attempt = (to: To, navigate: () => void) => {
    if (pending) return // the user is still deciding about the previous one
    if (!blocks(history.encodeLocation(to))) {
      navigate()
      return
    }
    setPending({
      proceed: () => {
        setPending(null)
        navigate()
      },
      reset: () => setPending(null),
    })
  }

  const navigator: Navigator = {
    createHref: (to) => history.createHref(to),
    encodeLocation: (to) => history.encodeLocation(to),
    go: (delta) => history.go(delta),
    push: (to, state: unknown) => attempt(to, () => history.push(to, state)),
    replace: (to, state: unknown) => attempt(to, () => history.replace(to, state)),
  }

  return {
    navigator,
    listen(listener) {
      return history.listen((update) => {
        if (update.action === NavigationType.Pop) {
          if (undoing) {
            undoing = false
            return
          }
          const delta = update.delta
          if (!redoing && delta !== null && delta !== 0 && blocks(update.location)) {
            undoing = true
            history.go(-delta)
            setPending({
              proceed: () => {
                setPending(null)
                redoing = true
                history.go(delta)
              },
              reset: () => setPending(null),
            })
            return
          }
          redoing = false
        }
        committed = update.location
        listener(update)
      })
    },
    setShouldBlock(next) {
      shouldBlock = next
      return () => {
        if (shouldBlock === next) shouldBlock = null
        if (pending) setPending(null)
      }
    },
    subscribe(onChange) {
      watchers.add(onChange)
      return () => watchers.delete(onChange)
    },
    pending: () => pending,
  }
}
