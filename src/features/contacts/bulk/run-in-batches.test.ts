import { HttpError, RateLimitError } from '../../../lib/api-errors'
import { BULK_CONCURRENCY, runInBatches, type BatchProgress } from './run-in-batches'

/** A task whose calls stay open until the test settles them, one by one. */
function controlledTask() {
  const calls: { item: number; resolve: (value: string) => void; reject: (error: unknown) => void }[] = []
  const task = (item: number) =>
    new Promise<string>((resolve, reject) => {
      calls.push({ item, resolve, reject })
    })
  return { calls, task }
}

/** Lets every settled promise run its continuation (the runner awaits a few in a row). */
const flush = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve()
}

const items = (count: number) => Array.from({ length: count }, (_, index) => index)

function options(signal = new AbortController().signal) {
  const progress: BatchProgress[] = []
  return { progress, signal, onProgress: (step: BatchProgress) => progress.push(step) }
}

afterEach(() => vi.useRealTimers())

test('runs four tasks at a time and starts the next as soon as one ends; results keep the items’ order', async () => {
  expect(BULK_CONCURRENCY).toBe(4)
  const { calls, task } = controlledTask()
  const run = options()
  const running = runInBatches(items(6), task, run)
  await flush()
  expect(calls.map((call) => call.item)).toEqual([0, 1, 2, 3])

  calls[2]?.resolve('two')
  await flush()
  expect(calls.map((call) => call.item)).toEqual([0, 1, 2, 3, 4])
  for (const call of calls) call.resolve(`item ${String(call.item)}`)
  await flush()
  for (const call of calls.slice(5)) call.resolve(`item ${String(call.item)}`)

  const results = await running
  expect(results.map((result) => (result.ok ? result.value : 'failed'))).toEqual([
    'item 0',
    'item 1',
    'two',
    'item 3',
    'item 4',
    'item 5',
  ])
  expect(run.progress.at(-1)).toEqual({ done: 6, total: 6, waitingSeconds: null })
})

test('a 500 in the middle is that item’s outcome, with its reason; the others go on', async () => {
  const serverError = new HttpError(500, { message: 'Database locked' }, '/contacts/c3')
  const results = await runInBatches(
    items(7),
    (item) => (item === 3 ? Promise.reject(serverError) : Promise.resolve(item * 10)),
    options(),
  )
  expect(results.map((result) => result.item)).toEqual([0, 1, 2, 3, 4, 5, 6])
  expect(results.filter((result) => result.ok).map((result) => result.value)).toEqual([0, 10, 20, 40, 50, 60])
  const failed = results[3]
  expect(failed?.ok).toBe(false)
  expect(failed && !failed.ok ? failed.error : null).toBe(serverError)
})

test('a 429 waits exactly the Retry-After seconds (saying so), then tries the same item again', async () => {
  vi.useFakeTimers()
  let attempts = 0
  const run = options()
  const running = runInBatches(
    ['only'],
    () => {
      attempts += 1
      return attempts === 1
        ? Promise.reject(new RateLimitError({ message: 'Too Many Attempts.' }, '/contacts/x', 3))
        : Promise.resolve('saved')
    },
    run,
  )
  await vi.advanceTimersByTimeAsync(2_999)
  expect(attempts).toBe(1)
  expect(run.progress.at(-1)).toEqual({ done: 0, total: 1, waitingSeconds: 3 })

  await vi.advanceTimersByTimeAsync(1)
  expect(attempts).toBe(2)
  const results = await running
  expect(results).toEqual([{ item: 'only', ok: true, value: 'saved' }])
  expect(run.progress.at(-1)).toEqual({ done: 1, total: 1, waitingSeconds: null })
})

test('a 429 without Retry-After waits 5 s; one that never ends fails the item instead of looping', async () => {
  vi.useFakeTimers()
  let attempts = 0
  const limited = new RateLimitError({ message: 'Too Many Attempts.' }, '/contacts/x', null)
  const running = runInBatches(
    ['stubborn'],
    () => {
      attempts += 1
      return Promise.reject(limited)
    },
    options(),
  )
  await vi.advanceTimersByTimeAsync(4_999)
  expect(attempts).toBe(1)
  await vi.advanceTimersByTimeAsync(1)
  expect(attempts).toBe(2)
  await vi.advanceTimersByTimeAsync(60_000)
  // The first try and five more after waiting.
  expect(attempts).toBe(6)
  expect(await running).toEqual([{ item: 'stubborn', ok: false, error: limited }])
})

test('abort lets the running tasks finish, starts no more, and reports only what ran', async () => {
  const controller = new AbortController()
  const { calls, task } = controlledTask()
  const running = runInBatches(items(10), task, options(controller.signal))
  await flush()
  expect(calls).toHaveLength(BULK_CONCURRENCY)

  controller.abort()
  for (const call of calls) call.resolve(`item ${String(call.item)}`)
  const results = await running
  expect(calls).toHaveLength(BULK_CONCURRENCY)
  expect(results.map((result) => result.item)).toEqual([0, 1, 2, 3])
  expect(results.every((result) => result.ok)).toBe(true)
})

test('abort during a Retry-After wait ends the wait at once: the item counts as failed, none is retried', async () => {
  vi.useFakeTimers()
  const controller = new AbortController()
  let attempts = 0
  const limited = new RateLimitError({ message: 'Too Many Attempts.' }, '/contacts/x', 30)
  const running = runInBatches(
    ['waiting'],
    () => {
      attempts += 1
      return Promise.reject(limited)
    },
    options(controller.signal),
  )
  await vi.advanceTimersByTimeAsync(1_000)
  controller.abort()
  const results = await running
  expect(attempts).toBe(1)
  expect(results).toEqual([{ item: 'waiting', ok: false, error: limited }])
})

test('while one task waits for Retry-After, progress from the others keeps saying so', async () => {
  vi.useFakeTimers()
  let attempts = 0
  const run = options()
  const running = runInBatches(
    ['limited', 'fine'],
    (item) => {
      if (item === 'fine') return new Promise<string>((resolve) => setTimeout(() => resolve('ok'), 500))
      attempts += 1
      return attempts === 1
        ? Promise.reject(new RateLimitError({ message: 'Too Many Attempts.' }, '/contacts/x', 3))
        : Promise.resolve('ok')
    },
    run,
  )
  await vi.advanceTimersByTimeAsync(1_000)
  // "fine" finished while "limited" still waits: the notice must not go away.
  expect(run.progress.at(-1)).toEqual({ done: 1, total: 2, waitingSeconds: 3 })
  await vi.advanceTimersByTimeAsync(2_000)
  await running
  expect(run.progress.at(-1)).toEqual({ done: 2, total: 2, waitingSeconds: null })
})
