import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { SearchField } from './search-field'

/** The list state as the page has it: typing reaches `value` only when the caller lets it (the debounce). */
function Host({ onReady }: { onReady: (land: (value: string) => void) => void }) {
  const [value, setValue] = useState('')
  onReady(setValue)
  return <SearchField value={value} onType={() => undefined} onSubmit={() => undefined} />
}

test('a debounced value landing while the user still types keeps what was typed since', async () => {
  const user = userEvent.setup()
  let land: (value: string) => void = () => undefined
  render(<Host onReady={(fn) => (land = fn)} />)
  const box = screen.getByRole('searchbox', { name: 'Search' })
  await user.type(box, 'K')
  await user.type(box, 'öh')
  // The URL now takes the text as it was when typing paused after "K".
  act(() => land('K'))
  expect(box).toHaveValue('Köh')
  await user.type(box, 'ler')
  expect(box).toHaveValue('Köhler')
})

test('a change from elsewhere (Back, "Clear filters") replaces the text', async () => {
  const user = userEvent.setup()
  let land: (value: string) => void = () => undefined
  render(<Host onReady={(fn) => (land = fn)} />)
  const box = screen.getByRole('searchbox', { name: 'Search' })
  await user.type(box, 'Kö')
  act(() => land('Kö'))
  act(() => land('Meier'))
  expect(box).toHaveValue('Meier')
  act(() => land(''))
  expect(box).toHaveValue('')
})

test('the clear button is offered only while there is text, and empties the box', async () => {
  const user = userEvent.setup()
  render(<Host onReady={() => undefined} />)
  const box = screen.getByRole('searchbox', { name: 'Search' })
  expect(screen.queryByRole('button', { name: 'Clear search' })).not.toBeInTheDocument()
  await user.type(box, 'Kö')
  await user.click(screen.getByRole('button', { name: 'Clear search' }))
  expect(box).toHaveValue('')
  expect(screen.queryByRole('button', { name: 'Clear search' })).not.toBeInTheDocument()
})
