import { configure, screen, within } from '@testing-library/react'
import { i18n } from '../../../lib/i18n'
import { renderApp } from '../../../../test/render'
import { installDetailFixtures, RICH_ID } from '../detail/contact-detail.fixtures'

configure({ asyncUtilTimeout: 10_000 })
vi.setConfig({ testTimeout: 60_000 })

/** jsdom has no object URLs and cannot follow a download link: catch the file the export hands over. */
function catchDownloads() {
  const files: Blob[] = []
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      files.push(blob)
      return 'blob:export'
    },
    revokeObjectURL: () => undefined,
  })
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
  return files
}

/** The cells of one `;`-separated line (quoted cells may hold `;`). */
function cellsOf(line: string) {
  const cells: string[] = []
  let cell = ''
  let quoted = false
  for (const char of line) {
    if (char === '"') quoted = !quoted
    else if (char === ';' && !quoted) {
      cells.push(cell)
      cell = ''
    } else cell += char
  }
  return [...cells, cell]
}

test('a German export writes country names and yes/no in German, as the screen does', async () => {
  installDetailFixtures((state) => {
    const rich = state.contacts.find((contact) => contact.id === RICH_ID)
    if (rich) rich.address_country_id = 'c-at'
  })
  const files = catchDownloads()
  await i18n.changeLanguage('de')
  const { user } = renderApp('/contacts?q=Anna+Maier')
  await user.click(await screen.findByRole('button', { name: 'CSV-Export' }))
  const dialog = await screen.findByRole('dialog', { name: 'Kontakte als CSV exportieren' })
  await user.click(within(dialog).getByRole('button', { name: 'Exportieren' }))
  expect(await within(dialog).findByText('1 Kontakt exportiert.')).toBeInTheDocument()

  const [header = '', row = ''] = (await (files[0] ?? new Blob()).text()).replace(/^\uFEFF/, '').split('\r\n')
  const cellOf = (title: string) => cellsOf(row)[cellsOf(header).indexOf(title)]
  expect(cellOf('Land')).toBe('Österreich')
  expect(cellOf('Ländercode')).toBe('AT')
  expect(cellOf('Archiviert')).toBe('Nein')
  expect(cellOf('Newsletter')).toBe('Ja')
})
