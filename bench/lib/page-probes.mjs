/**
 * In-page instruments, installed with `addInitScript` before any app code runs. Times are
 * `performance.now()` values, i.e. milliseconds since navigation start of the current document.
 *
 * - `__bench.arm(id, name, arg)` checks the named predicate (below) in every animation frame and records
 *   the first frame in which it holds; `__bench.result(id)` resolves with { at, click, busySeen }:
 *   `at` — the animation frame after the change (the next paint), `click` — timeStamp of the last click
 *   after arming, `busySeen` — whether a spinner/skeleton/progress bar was visible in <main> meanwhile.
 * - `__bench.whenCount(selector, count, timeoutMs)` resolves with the time just after the paint in which
 *   `selector` first matches `count` elements (null after the timeout).
 * - `__bench.longTasks` collects PerformanceObserver 'longtask' entries.
 * - `__bench.events` collects PerformanceObserver 'event' entries of interactions (durationThreshold 16):
 *   the Event Timing data INP is computed from.
 *
 * `app` says whose rows are watched: 'ours' (the Contacts table; a row counts once its name link is there)
 * or 'peer' (react-admin's Datagrid; the load is done once the first row holds `firstRowText`).
 */
export function installProbes({ app = 'ours', firstRowText = null } = {}) {
  const visible = (element) => {
    if (!element) return false
    if (typeof element.checkVisibility === 'function') return element.checkVisibility()
    const box = element.getBoundingClientRect()
    return box.width > 0 && box.height > 0
  }
  const busyInMain = () => {
    const main = document.querySelector('main')
    if (!main) return false
    const busy = main.querySelectorAll('[role="progressbar"], .MuiSkeleton-root, .MuiCircularProgress-root')
    return [...busy].some((element) => element.getAttribute('aria-hidden') !== 'true' && visible(element))
  }
  /** The first data row's text: ours by its name link (skeleton rows have none), the peer's whole row. */
  const firstRowName = () => {
    const element =
      app === 'peer'
        ? document.querySelector('.RaDatagrid-table tbody tr')
        : document.querySelector('table[aria-label="Contacts"] tbody tr a')
    const text = element && visible(element) ? element.textContent.trim() : ''
    return text === '' ? null : text
  }
  const predicates = {
    firstRow: () => {
      const text = firstRowName()
      return text !== null && (firstRowText === null || text.includes(firstRowText))
    },
    firstRowChanged: (previous) => firstRowName() !== null && firstRowName() !== previous,
    heading: (text) =>
      [...document.querySelectorAll('h1')].some((h1) => visible(h1) && h1.textContent.trim() === text),
    /** The form's "First name" field: a visible input labelled so (required marks aside). */
    fieldLabelled: (text) =>
      [...document.querySelectorAll('label')].some((label) => {
        if (label.textContent.replace(/[*\u2009\s]+$/u, '').trim() !== text) return false
        const input = label.htmlFor ? document.getElementById(label.htmlFor) : label.querySelector('input')
        return visible(input)
      }),
  }
  const watches = new Map()
  const bench = {
    visible,
    firstRowName,
    longTasks: [],
    events: [],
    lastClick: null,
    arm(id, name, arg) {
      const predicate = () => predicates[name](arg)
      let resolveResult
      const watch = { promise: new Promise((resolve) => (resolveResult = resolve)), busySeen: false }
      bench.lastClick = null
      // Checked once per animation frame, never from a MutationObserver: a visibility check forces layout,
      // and doing that on every DOM mutation would slow down the very rendering being measured.
      const frame = () => {
        if (busyInMain()) watch.busySeen = true
        let ok = false
        try {
          ok = Boolean(predicate())
        } catch {
          ok = false
        }
        if (!ok) {
          requestAnimationFrame(frame)
          return
        }
        // The change is in the frame being painted now; the next frame's callback runs after that paint.
        requestAnimationFrame(() =>
          resolveResult({ at: performance.now(), click: bench.lastClick, busySeen: watch.busySeen }),
        )
      }
      requestAnimationFrame(frame)
      watches.set(id, watch)
    },
    /**
     * Resolves with the time just after the paint of the first frame in which `selector` matches at least
     * `count` elements (as `arm` does), or null after `timeoutMs`. Not the callback's own timestamp: that
     * is when the frame began, which after a long task lies before the task. A plain in-page loop:
     * Playwright's waitForFunction would first inject its own script, a long task in what is measured.
     */
    whenCount(selector, count, timeoutMs) {
      const deadline = performance.now() + timeoutMs
      return new Promise((resolve) => {
        const frame = () => {
          if (document.querySelectorAll(selector).length >= count)
            requestAnimationFrame(() => resolve(performance.now()))
          else if (performance.now() > deadline) resolve(null)
          else requestAnimationFrame(frame)
        }
        requestAnimationFrame(frame)
      })
    },
    result(id) {
      const watch = watches.get(id)
      if (!watch) throw new Error(`no watch named ${id}`)
      return watch.promise
    },
  }
  window.__bench = bench
  // Armed from the very start, so a fresh page load measures navigation start → first row.
  bench.arm('load', 'firstRow')
  addEventListener('click', (event) => (bench.lastClick = event.timeStamp), true)
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        bench.longTasks.push({ start: entry.startTime, duration: entry.duration })
    }).observe({ type: 'longtask', buffered: true })
  } catch {
    bench.longTasks = null // not supported: reported as such
  }
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (entry.interactionId > 0)
          bench.events.push({
            name: entry.name,
            interactionId: entry.interactionId,
            start: entry.startTime,
            duration: entry.duration,
          })
    }).observe({ type: 'event', durationThreshold: 16, buffered: true })
  } catch {
    bench.events = null // not supported: reported as such
  }
}
