import { markFirstContentPainted } from './first-content'
import { preloadAfterStart, preloadWhenIdle } from './lazy-parts'

// Before the first content is painted no preload starts (first-content.test.ts); these tests run after it.
beforeAll(async () => {
  markFirstContentPainted()
  await new Promise((resolve) => setTimeout(resolve, 100))
})

afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

test('an idle preload waits until the browser is idle, at most three seconds', () => {
  const idle: { callback: () => void; timeout: number | undefined }[] = []
  vi.stubGlobal('requestIdleCallback', (callback: () => void, options?: { timeout?: number }) => {
    idle.push({ callback, timeout: options?.timeout })
    return idle.length
  })
  const load = vi.fn(() => Promise.resolve())

  preloadWhenIdle(load)
  expect(load).not.toHaveBeenCalled()
  expect(idle).toEqual([{ callback: expect.any(Function) as unknown, timeout: 3000 }])
  idle[0]?.callback()
  expect(load).toHaveBeenCalledTimes(1)
})

test('a preload for the session dialog starts once the first content is painted, idle or not', () => {
  const idle = vi.fn()
  vi.stubGlobal('requestIdleCallback', idle)
  const load = vi.fn(() => Promise.resolve())
  preloadAfterStart(load)
  expect(load).toHaveBeenCalledTimes(1)
  expect(idle).not.toHaveBeenCalled()
})

test('a failed preload is silent (the on-demand load reports it)', async () => {
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => {
    callback()
    return 1
  })
  const unhandled = vi.fn()
  process.on('unhandledRejection', unhandled)
  try {
    // A plain function: a spy would observe the promise, and so handle its rejection itself.
    let calls = 0
    preloadWhenIdle(() => {
      calls++
      return Promise.reject(new Error('offline'))
    })
    expect(calls).toBe(1)
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(unhandled).not.toHaveBeenCalled()
  } finally {
    process.off('unhandledRejection', unhandled)
  }
})
