type FirstContent = typeof import('./first-content')

// The mark is once per page load: each test loads the module afresh.
async function freshModule(): Promise<FirstContent> {
  vi.resetModules()
  return import('./first-content')
}

function captureFrames() {
  const frames: FrameRequestCallback[] = []
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback))
  return () => frames.splice(0).forEach((callback) => callback(0))
}

beforeEach(() => vi.useFakeTimers())
afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

test('work waits until the frame after the first content has been painted', async () => {
  const { afterFirstContent, markFirstContentPainted } = await freshModule()
  const paintFrame = captureFrames()
  const run = vi.fn()
  afterFirstContent(run)

  vi.runAllTimers()
  expect(run).not.toHaveBeenCalled()
  markFirstContentPainted()
  vi.runAllTimers()
  expect(run).not.toHaveBeenCalled()
  paintFrame()
  expect(run).not.toHaveBeenCalled()
  vi.runAllTimers()
  expect(run).toHaveBeenCalledTimes(1)

  const later = vi.fn()
  afterFirstContent(later)
  expect(later).toHaveBeenCalledTimes(1)
})

test('cancelled work never runs', async () => {
  const { afterFirstContent, markFirstContentPainted } = await freshModule()
  const paintFrame = captureFrames()
  const run = vi.fn()
  const cancel = afterFirstContent(run)
  cancel()
  markFirstContentPainted()
  paintFrame()
  vi.runAllTimers()
  expect(run).not.toHaveBeenCalled()
})

test('idle work waits for the first content, then for an idle period of at most the given time', async () => {
  const { whenIdleAfterFirstContent, markFirstContentPainted } = await freshModule()
  const paintFrame = captureFrames()
  const idle: { callback: () => void; timeout: number | undefined }[] = []
  vi.stubGlobal('requestIdleCallback', (callback: () => void, options?: { timeout?: number }) => {
    idle.push({ callback, timeout: options?.timeout })
    return idle.length
  })
  const run = vi.fn()
  whenIdleAfterFirstContent(run, 1000)

  expect(idle).toHaveLength(0)
  markFirstContentPainted()
  paintFrame()
  vi.runAllTimers()
  expect(idle).toEqual([{ callback: expect.any(Function) as unknown, timeout: 1000 }])
  expect(run).not.toHaveBeenCalled()
  idle[0]?.callback()
  expect(run).toHaveBeenCalledTimes(1)
})

test('idle work cancelled while it waits for the idle period does not run (and without idle callbacks a timer stands in)', async () => {
  const { whenIdleAfterFirstContent, markFirstContentPainted } = await freshModule()
  const paintFrame = captureFrames()
  vi.stubGlobal('requestIdleCallback', undefined)
  markFirstContentPainted()
  paintFrame()
  vi.runAllTimers()

  const cancelled = vi.fn()
  whenIdleAfterFirstContent(cancelled, 1000)()
  const run = vi.fn()
  whenIdleAfterFirstContent(run, 1000)
  expect(run).not.toHaveBeenCalled()
  vi.advanceTimersByTime(1)
  expect(run).toHaveBeenCalledTimes(1)
  expect(cancelled).not.toHaveBeenCalled()
})

test('follow-up work waits for the first screen’s idle period, and runs at once on later screens', async () => {
  const { nowOrOnFirstScreenIdle, markFirstContentPainted } = await freshModule()
  const paintFrame = captureFrames()
  const idle: (() => void)[] = []
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback))
  const first = vi.fn()
  nowOrOnFirstScreenIdle(first, 1000)
  markFirstContentPainted()
  paintFrame()
  vi.runAllTimers()
  expect(first).not.toHaveBeenCalled()
  idle[0]?.()
  expect(first).toHaveBeenCalledTimes(1)

  const later = vi.fn()
  nowOrOnFirstScreenIdle(later, 1000)
  expect(later).toHaveBeenCalledTimes(1)
  expect(idle).toHaveLength(1)
})
