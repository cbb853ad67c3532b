/**
 * A whole working session without a mouse: only `page.keyboard` drives the app (no click, fill or focus).
 * Each step asserts what the user sees, where focus is, and what the emulator stored.
 */
import type { APIRequestContext, Page } from '@playwright/test'
import { columnHeader, contactRows, contactsTable, expect, test, urlParam } from './fixtures'

/** Role, accessible-ish name and tag of the focused element, read in the page. */
async function focused(page: Page): Promise<{ tag: string; name: string; role: string | null }> {
  return page.evaluate(`(() => {
    const el = document.activeElement
    if (!el) return { tag: '', name: '', role: null }
    const label = el.getAttribute('aria-label')
      || (el.labels && el.labels[0] ? el.labels[0].textContent : '')
      || el.textContent
    return { tag: el.tagName.toLowerCase(), name: (label || '').trim(), role: el.getAttribute('role') }
  })()`)
}

/** Presses Tab (or Shift+Tab) until the focused element matches, like a user scanning with the keyboard. */
async function tabTo(
  page: Page,
  matches: (el: Awaited<ReturnType<typeof focused>>) => boolean,
  backwards = false,
) {
  for (let presses = 0; presses < 250; presses++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab')
    if (matches(await focused(page))) return
  }
  throw new Error(`Tab never reached the wanted element; focus is on ${JSON.stringify(await focused(page))}`)
}
const named = (name: string) => (el: { name: string }) => el.name === name

/**
 * Records focus leaving an element for nothing (the body), scrolls to the top and address changes, for
 * `focusLog` to show when a focus step fails (a row once lost its focus in CI). A string, as `focused` is:
 * this config has no DOM types.
 */
const RECORD_FOCUS_LOSSES = `(() => {
  const log = []
  window.__focusLog = log
  const stamp = () => Math.round(performance.now()) + ' ms ' + location.pathname + location.search.slice(0, 40)
  const describe = (el) => el ? el.tagName.toLowerCase() + (el.getAttribute('aria-label') ? '[' + el.getAttribute('aria-label') + ']' : '') : 'null'
  document.addEventListener('focusout', (event) => {
    if (event.relatedTarget) return
    const target = event.target instanceof Element ? event.target : null
    log.push(stamp() + ': focus left ' + describe(target) + ' (still in the page: ' + (target && target.isConnected) + ')')
  }, true)
  for (const name of ['pushState', 'replaceState']) {
    const original = history[name]
    history[name] = function (...args) {
      log.push(stamp() + ': ' + name + ' ' + String(args[2]).slice(0, 60))
      return original.apply(this, args)
    }
  }
  let lastY = 0
  addEventListener('scroll', () => {
    if (scrollY === 0 && lastY > 0) log.push(stamp() + ': scrolled to the top from ' + Math.round(lastY))
    lastY = scrollY
  })
})()`

async function focusLog(page: Page): Promise<string> {
  const now = await focused(page)
  const log = await page.evaluate('(window.__focusLog || []).slice(-12).join("\\n")')
  const scrollY = await page.evaluate('scrollY')
  return `focus now on ${now.tag} "${now.name.slice(0, 60)}", scrollY ${String(scrollY)}\n${String(log)}`
}

async function storedContact(
  request: APIRequestContext,
  id: string,
): Promise<{ position: unknown; deleted_at: unknown }> {
  const response = await request.get(`/api/v1/contacts/${id}`)
  return (await response.json()) as { position: unknown; deleted_at: unknown }
}

test('search, sort, page, open, edit, save, archive and restore a contact with the keyboard only', async ({
  page,
  request,
}) => {
  const keyboard = page.keyboard
  await page.addInitScript(RECORD_FOCUS_LOSSES)
  await page.goto('/contacts')
  const rows = contactRows(page)
  await expect(rows.first()).toBeVisible()

  // "/" jumps to the search box; typing searches.
  await keyboard.press('/')
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused()
  await keyboard.type('ü')
  await expect(page).toHaveURL(urlParam('q', 'ü'))
  // Wait until the rows show the search, i.e. the page has rendered the new URL state.
  await expect(rows.filter({ hasNotText: /ü/i })).toHaveCount(0)
  await expect(rows).not.toHaveCount(0)

  // Sort by last name from its column header.
  await tabTo(page, named('Last name'))
  await keyboard.press('Enter')
  await expect(page).toHaveURL(urlParam('sort', 'last_name'))
  await expect(page).toHaveURL(urlParam('q', 'ü'))
  await expect(columnHeader(page, /Last name/)).toHaveAttribute('aria-sort', 'ascending')
  const firstPageFirstRow = (await rows.first().textContent()) ?? ''

  // Next page.
  await tabTo(page, named('Next'))
  await keyboard.press('Enter')
  await expect(page).toHaveURL(urlParam('cursor'))
  await expect(rows.first()).not.toHaveText(firstPageFirstRow)

  // Back up into the rows, move with the arrow keys, open one with Enter.
  await expect(rows).not.toHaveCount(0)
  await tabTo(page, (el) => el.tag === 'tr', true)
  await keyboard.press('ArrowUp')
  await keyboard.press('ArrowUp')
  await expect(contactsTable(page).getByRole('row').and(page.locator(':focus')))
    .toHaveCount(1)
    .catch(async (error: unknown) => {
      throw new Error(`${String(error)}\n${await focusLog(page)}`)
    })
  await keyboard.press('Enter')
  await expect(page).toHaveURL(/\/contacts\/[^/?]+$/)
  const id = new URL(page.url()).pathname.split('/').pop() ?? ''
  const heading = page.getByRole('heading', { level: 1 })
  // Focus moved to the new page's heading.
  await expect(heading).toBeFocused()

  // "e" edits; change the position; Ctrl+S saves and returns to the contact.
  await keyboard.press('e')
  await expect(page).toHaveURL(`/contacts/${id}/edit`)
  await expect(page.getByRole('textbox', { name: 'Position', exact: true })).toBeVisible()
  await tabTo(page, named('Position'))
  await keyboard.press('ControlOrMeta+A')
  await keyboard.type('Head of Keyboards')
  await keyboard.press('Control+S')
  await expect(page).toHaveURL(`/contacts/${id}`)
  await expect.poll(async () => (await storedContact(request, id)).position).toBe('Head of Keyboards')
  await expect(page.getByText('Head of Keyboards').first()).toBeVisible()

  // Archive: the dialog returns focus to its opener when cancelled with Escape.
  const archive = page.getByRole('button', { name: 'Archive' })
  await tabTo(page, named('Archive'))
  await keyboard.press('Enter')
  await expect(page.getByRole('dialog')).toBeVisible()
  await keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(archive).toBeFocused()
  await keyboard.press('Enter')
  await expect(page.getByRole('dialog')).toBeVisible()
  await tabTo(page, (el) => el.name === 'Archive' && el.tag === 'button')
  await keyboard.press('Enter')
  await expect(page.getByText('This contact is archived')).toBeVisible()
  await expect.poll(async () => (await storedContact(request, id)).deleted_at).not.toBeNull()
  // The Archive button is gone; focus goes to the heading rather than to the top of the document.
  await expect(heading).toBeFocused()

  // Restore from the archived banner.
  await tabTo(page, named('Restore'))
  await keyboard.press('Enter')
  await expect(page.getByText('This contact is archived')).toHaveCount(0)
  await expect.poll(async () => (await storedContact(request, id)).deleted_at).toBeNull()
  await expect(archive).toBeVisible()
  await expect(heading).toBeFocused()
})

test('"?" lists the shortcuts, and Escape closes the list where focus was', async ({ page }) => {
  const keyboard = page.keyboard
  await page.goto('/contacts')
  await expect(contactRows(page).first()).toBeVisible()
  // The app-wide shortcuts come with the app bar's controls, which load beside the first rows.
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeVisible()
  await keyboard.press('Shift+?')
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(dialog).toContainText('Focus the search box')
  // Letters do nothing while the dialog is open.
  await keyboard.press('n')
  await expect(page).toHaveURL('/contacts')
  await keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  // Opened from its app-bar button, the dialog gives focus back to the button when it closes.
  await tabTo(page, named('Keyboard shortcuts'))
  await keyboard.press('Enter')
  await expect(dialog).toBeVisible()
  await keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeFocused()
  // "n" starts a new contact, "/" is ignored while typing in a field.
  await keyboard.press('n')
  await expect(page).toHaveURL('/contacts/new')
  const firstName = page.getByLabel('First name')
  await expect(firstName).toBeVisible()
  await tabTo(page, named('First name'))
  await keyboard.type('a/n')
  await expect(page).toHaveURL('/contacts/new')
  await expect(firstName).toHaveValue('a/n')
})
