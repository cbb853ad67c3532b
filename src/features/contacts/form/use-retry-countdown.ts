import { useEffect, useRef } from 'react'

/**
 * Counts a wait down once a second, then calls `onElapsed`. Callbacks are read through a ref, so a parent
 * that re-renders (and hands new callbacks) does not restart the running second; a new `wait` object does.
 */
export function useRetryCountdown(
  wait: { seconds: number } | null,
  onTick: (secondsLeft: number) => void,
  onElapsed: () => void,
): void {
  const latest = useRef({ onTick, onElapsed })
  useEffect(() => {
    latest.current = { onTick, onElapsed }
  })
  useEffect(() => {
    if (wait === null) return
    const timer = setTimeout(() => {
      if (wait.seconds <= 1) latest.current.onElapsed()
      else latest.current.onTick(wait.seconds - 1)
    }, 1000)
    return () => clearTimeout(timer)
  }, [wait])
}
