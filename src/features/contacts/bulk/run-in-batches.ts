/**
 * Runs one task per item, a few at a time (the API has no bulk endpoint). A 429 pauses that task for the
 * server's Retry-After and tries it again; any other error is the item's outcome. Cancelling stops
 * starting new tasks: what already ran stays done and is reported.
 */
import { RateLimitError } from '../../../lib/api-errors'

export const BULK_CONCURRENCY = 4
/** When a 429 comes without a readable Retry-After. */
const DEFAULT_RETRY_SECONDS = 5
/** A server that keeps answering 429 fails the item after this many waits instead of looping. */
const MAX_RATE_LIMIT_WAITS = 5

export interface BatchProgress {
  done: number
  total: number
  /** Seconds the run waits for the server's rate limit, or null while running normally. */
  waitingSeconds: number | null
}

export type ItemResult<T, R> = { item: T; ok: true; value: R } | { item: T; ok: false; error: unknown }

/** Resolves after `ms`, or at once on abort; true when it was aborted. */
function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms)
    function done() {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve(signal.aborted)
    }
    signal.addEventListener('abort', done)
  })
}

/** Results in the order of `items`; items never started (cancelled) are left out. */
export async function runInBatches<T, R>(
  items: readonly T[],
  task: (item: T) => Promise<R>,
  { signal, onProgress }: { signal: AbortSignal; onProgress: (progress: BatchProgress) => void },
): Promise<ItemResult<T, R>[]> {
  const results = new Map<number, ItemResult<T, R>>()
  let next = 0
  let done = 0
  const total = items.length
  // Tasks waiting out a 429, with their seconds: the notice stays while any of them waits.
  const waiting = new Map<number, number>()
  const report = () =>
    onProgress({ done, total, waitingSeconds: waiting.size > 0 ? Math.max(...waiting.values()) : null })
  const attempt = async (item: T, index: number): Promise<ItemResult<T, R>> => {
    for (let waits = 0; ; waits++) {
      try {
        return { item, ok: true, value: await task(item) }
      } catch (error) {
        if (!(error instanceof RateLimitError) || waits >= MAX_RATE_LIMIT_WAITS || signal.aborted)
          return { item, ok: false, error }
        const seconds = error.retryAfterSeconds ?? DEFAULT_RETRY_SECONDS
        waiting.set(index, seconds)
        report()
        const aborted = await sleep(seconds * 1000, signal)
        waiting.delete(index)
        report()
        if (aborted) return { item, ok: false, error }
      }
    }
  }
  const worker = async () => {
    while (!signal.aborted && next < items.length) {
      const index = next++
      const item = items[index] as T
      results.set(index, await attempt(item, index))
      done += 1
      report()
    }
  }
  await Promise.all(Array.from({ length: Math.min(BULK_CONCURRENCY, items.length) }, worker))
  return [...results.entries()].sort(([a], [b]) => a - b).map(([, result]) => result)
}
