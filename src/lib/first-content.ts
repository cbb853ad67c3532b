/**
 * Work that only helps later (preloading lazy parts, prefetching the next page) waits until the first
 * screen's content is painted, so it does not compete with it: the list marks its first settled page
 * (rows, empty or error state), the app shell any other page's first render.
 */
type Run = () => void

let painted = false
let marking = false
const waiting = new Set<Run>()

export function markFirstContentPainted(): void {
  if (painted || marking) return
  marking = true
  // A task queued from an animation frame runs after that frame has been painted.
  requestAnimationFrame(() =>
    setTimeout(() => {
      painted = true
      for (const run of waiting) run()
      waiting.clear()
    }),
  )
}

/** Whether the first screen's content has been painted (false until then, on a cold load). */
export function isFirstContentPainted(): boolean {
  return painted
}

/** Runs `run` once the first content is painted (at once when it is); returns a cancel for effects. */
export function afterFirstContent(run: Run): () => void {
  if (painted) {
    run()
    return () => undefined
  }
  const entry = () => run()
  waiting.add(entry)
  return () => void waiting.delete(entry)
}

/** Runs `run` in the first idle period after the first content is painted, at the latest `latestMs` later. */
export function whenIdleAfterFirstContent(run: Run, latestMs: number): () => void {
  let cancelIdle: () => void = () => undefined
  const cancelWait = afterFirstContent(() => {
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(run, { timeout: latestMs })
      cancelIdle = () => window.cancelIdleCallback(id)
    } else {
      const timer = setTimeout(run, 1)
      cancelIdle = () => clearTimeout(timer)
    }
  })
  return () => {
    cancelWait()
    cancelIdle()
  }
}

/**
 * Follow-up work of a screen (the next page's prefetch): on the first screen in its first idle period
 * after its content is painted (see whenIdleAfterFirstContent); after that at once, since a later
 * screen's content (a sorted or turned page) is on screen by the time its effects run.
 */
export function nowOrOnFirstScreenIdle(run: Run, latestMs: number): () => void {
  if (!painted) return whenIdleAfterFirstContent(run, latestMs)
  run()
  return () => undefined
}
