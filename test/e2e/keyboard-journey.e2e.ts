/**
 * A whole working session without a mouse: only `page.keyboard` drives the app (no click, fill or focus).
 * Each step asserts what the user sees, where focus is, and what the emulator stored.
 */
import { expect, test } from 'vitest'
import { appUrl, BASE_URL, setupBrowserPage, sortOf } from './browser'

const page = setupBrowserPage()
const keyboard = () => page().keyboard

/** Role, accessible-ish name and tag of the focused element, read in the page. */
async function focused(): Promise<{ tag: string; name: string; role: string | null }> {
  return page().evaluate(`(() => {
    const el = document.activeElement
    if (!el) return { tag: '', name: '', role: null }
    const label = el.getAttribute('aria-label')
      || (el.labels && el.labels[0] ? el.labels[0].textContent : '')
      || el.textContent
    return { tag: el.tagName.toLowerCase(), name: (label || '').trim(), role: el.getAttribute('role') }
  })()`)
}

/** Presses Tab (or Shift+Tab) until the focused element matches, like a user scanning with the keyboard. */
async function tabTo(matches: (el: Awaited<ReturnType<typeof focused>>) => boolean, backwards = false) {
  for (let presses = 0; presses < 250; presses++) {
    await keyboard().press(backwards ? 'Shift+Tab' : 'Tab')
    if (matches(await focused())) return
  }
  throw new Error(`Tab never reached the wanted element; focus is on ${JSON.stringify(await focused())}`)
}
const named = (name: string) => (el: { name: string }) => el.name === name

const params = () => Promise.resolve(new URL(page().url()).searchParams)

async function storedContact(id: string): Promise<{ position: unknown; deleted_at: unknown }> {
  const response = await fetch(`${BASE_URL}/api/v1/contacts/${id}`)
  return (await response.json()) as { position: unknown; deleted_at: unknown }
}

test('search, sort, page, open, edit, save, archive and restore a contact with the keyboard only', async () => {
  await page().goto(appUrl('/contacts'))
  const table = page().getByRole('table', { name: 'Contacts' })
  await table.locator('tbody tr a').first().waitFor()

  // "/" jumps to the search box; typing searches.
  await keyboard().press('/')
  expect(await focused()).toMatchObject({ tag: 'input', name: 'Search' })
  await keyboard().type('ü')
  await expect.poll(async () => (await params()).get('q')).toBe('ü')
  // Wait until the rows show the search, i.e. the page has rendered the new URL state.
  await expect
    .poll(async () => {
      const rows = await table.locator('tbody tr').allTextContents()
      return rows.length > 0 && rows.every((text) => text.toLowerCase().includes('ü'))
    })
    .toBe(true)

  // Sort by last name from its column header.
  await tabTo(named('Last name'))
  await keyboard().press('Enter')
  await expect.poll(async () => (await params()).get('sort')).toBe('last_name')
  expect((await params()).get('q')).toBe('ü')
  await expect.poll(() => sortOf(page, /Last name/)).toBe('ascending')
  const firstPageFirstRow = await table.locator('tbody tr').first().textContent()

  // Next page.
  await tabTo(named('Next'))
  await keyboard().press('Enter')
  await expect.poll(async () => (await params()).get('cursor')).not.toBeNull()
  await expect.poll(() => table.locator('tbody tr').first().textContent()).not.toBe(firstPageFirstRow)

  // Back up into the rows, move with the arrow keys, open one with Enter.
  await expect.poll(() => table.locator('tbody tr[tabindex]').count()).toBeGreaterThan(0)
  await tabTo((el) => el.tag === 'tr', true)
  await keyboard().press('ArrowUp')
  await keyboard().press('ArrowUp')
  expect((await focused()).tag).toBe('tr')
  await keyboard().press('Enter')
  await page().waitForURL(/\/contacts\/[^/?]+$/)
  const id = new URL(page().url()).pathname.split('/').pop() ?? ''
  const heading = page().getByRole('heading', { level: 1 })
  await heading.waitFor()
  // Focus moved to the new page's heading.
  await expect.poll(async () => (await focused()).tag).toBe('h1')

  // "e" edits; change the position; Ctrl+S saves and returns to the contact.
  await keyboard().press('e')
  await page().waitForURL(appUrl(`/contacts/${id}/edit`))
  await page().getByRole('textbox', { name: 'Position', exact: true }).waitFor()
  await tabTo(named('Position'))
  await keyboard().press('ControlOrMeta+A')
  await keyboard().type('Head of Keyboards')
  await keyboard().press('Control+S')
  await page().waitForURL(appUrl(`/contacts/${id}`))
  await expect.poll(async () => (await storedContact(id)).position).toBe('Head of Keyboards')
  await page().getByText('Head of Keyboards').first().waitFor()

  // Archive: the dialog returns focus to its opener when cancelled with Escape.
  await tabTo(named('Archive'))
  await keyboard().press('Enter')
  await page().getByRole('dialog').waitFor()
  await keyboard().press('Escape')
  await page().getByRole('dialog').waitFor({ state: 'detached' })
  expect(await focused()).toMatchObject({ tag: 'button', name: 'Archive' })
  await keyboard().press('Enter')
  await page().getByRole('dialog').waitFor()
  await tabTo((el) => el.name === 'Archive' && el.tag === 'button')
  await keyboard().press('Enter')
  await page().getByText('This contact is archived').waitFor()
  await expect.poll(async () => (await storedContact(id)).deleted_at).not.toBeNull()
  // The Archive button is gone; focus goes to the heading rather than to the top of the document.
  await expect.poll(async () => (await focused()).tag).toBe('h1')

  // Restore from the archived banner.
  await tabTo(named('Restore'))
  await keyboard().press('Enter')
  await page().getByText('This contact is archived').waitFor({ state: 'detached' })
  await expect.poll(async () => (await storedContact(id)).deleted_at).toBeNull()
  await page().getByRole('button', { name: 'Archive' }).waitFor()
  await expect.poll(async () => (await focused()).tag).toBe('h1')
})

test('"?" lists the shortcuts, and Escape closes the list where focus was', async () => {
  await page().goto(appUrl('/contacts'))
  await page().getByRole('table', { name: 'Contacts' }).locator('tbody tr a').first().waitFor()
  await keyboard().press('Shift+?')
  const dialog = page().getByRole('dialog', { name: 'Keyboard shortcuts' })
  await dialog.waitFor()
  expect(await dialog.textContent()).toContain('Focus the search box')
  // Letters do nothing while the dialog is open.
  await keyboard().press('n')
  expect(new URL(page().url()).pathname).toBe('/contacts')
  await keyboard().press('Escape')
  await dialog.waitFor({ state: 'detached' })
  // Opened from its app-bar button, the dialog gives focus back to the button when it closes.
  await tabTo(named('Keyboard shortcuts'))
  await keyboard().press('Enter')
  await dialog.waitFor()
  await keyboard().press('Escape')
  await dialog.waitFor({ state: 'detached' })
  expect(await focused()).toMatchObject({ tag: 'button', name: 'Keyboard shortcuts' })
  // "n" starts a new contact, "/" is ignored while typing in a field.
  await keyboard().press('n')
  await page().waitForURL(appUrl('/contacts/new'))
  await page().getByLabel('First name').waitFor()
  await tabTo(named('First name'))
  await keyboard().type('a/n')
  expect(new URL(page().url()).pathname).toBe('/contacts/new')
  expect(await page().getByLabel('First name').inputValue()).toBe('a/n')
})
