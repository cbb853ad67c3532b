import type { Location } from 'react-router'
import { BUSY_TIMEOUT_MS, createScrollPositions, RESTORE_TIMEOUT_MS } from './scroll-positions'

const at = (pathname: string): Location => ({ pathname, search: '', hash: '', state: null, key: pathname })

/** A page whose height can grow: `scrollTo` stops at the bottom, as a browser's does. */
function fakePage(viewport = 800) {
  const page = { height: 1000, scrollY: 0 }
  vi.spyOn(window, 'scrollY', 'get').mockImplementation(() => page.scrollY)
  vi.spyOn(window, 'scrollTo').mockImplementation((_x?: ScrollToOptions | number, y?: number) => {
    page.scrollY = Math.max(0, Math.min(y ?? 0, page.height - viewport))
  })
  return page
}

/** The list was left scrolled to 1800 px of a 4000 px page. */
function listLeftAt1800() {
  const page = fakePage()
  const scroll = createScrollPositions((location) => location.pathname)
  page.height = 4000
  page.scrollY = 1800
  scroll.save(at('/contacts'))
  return { page, scroll }
}

beforeEach(() =>
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'Date'],
  }),
)
afterEach(() => vi.useRealTimers())

test('a page still filling in reaches the saved position once it is tall enough', () => {
  const { page, scroll } = listLeftAt1800()

  page.height = 1200 // the list shows again with its first slice of rows
  scroll.restore(at('/contacts'))
  expect(window.scrollY).toBe(400)
  page.height = 2400
  vi.advanceTimersByTime(50)
  expect(window.scrollY).toBe(1600)
  page.height = 4000
  vi.advanceTimersByTime(50)
  expect(window.scrollY).toBe(1800)
})

test('scrolling by the user, or a timeout, ends the attempts', () => {
  const { page, scroll } = listLeftAt1800()
  page.height = 1200

  scroll.restore(at('/contacts'))
  window.dispatchEvent(new Event('wheel'))
  page.height = 4000
  vi.advanceTimersByTime(100)
  expect(window.scrollY).toBe(400)

  page.height = 1500
  scroll.restore(at('/contacts'))
  vi.advanceTimersByTime(RESTORE_TIMEOUT_MS + 100)
  page.height = 4000
  vi.advanceTimersByTime(100)
  expect(window.scrollY).toBe(700)
})

test('while the page says it is still filling in, the attempts go on longer', () => {
  const { page, scroll } = listLeftAt1800()
  const rows = document.body.appendChild(document.createElement('tbody'))
  rows.setAttribute('aria-busy', 'true')
  try {
    page.height = 1200
    scroll.restore(at('/contacts'))
    vi.advanceTimersByTime(RESTORE_TIMEOUT_MS * 2)
    page.height = 4000
    vi.advanceTimersByTime(50)
    expect(window.scrollY).toBe(1800)

    // Not for ever: a page busy for good stops being followed after BUSY_TIMEOUT_MS.
    page.height = 1200
    scroll.restore(at('/contacts'))
    vi.advanceTimersByTime(BUSY_TIMEOUT_MS + 100)
    page.height = 4000
    vi.advanceTimersByTime(100)
    expect(window.scrollY).toBe(400)
  } finally {
    rows.remove()
  }
})

test('a page without a saved position opens at its top', () => {
  const page = fakePage()
  const scroll = createScrollPositions((location) => location.pathname)
  page.height = 3000
  page.scrollY = 900
  scroll.restore(at('/contacts/1'))
  expect(window.scrollY).toBe(0)
})
