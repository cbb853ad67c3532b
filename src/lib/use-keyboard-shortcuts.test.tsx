import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { useKeyboardShortcuts } from './use-keyboard-shortcuts'

function Probe({ dialog = false }: { dialog?: boolean }) {
  const [log, setLog] = useState<string[]>([])
  useKeyboardShortcuts({ n: () => setLog((l) => [...l, 'n']), '?': () => setLog((l) => [...l, '?']) })
  return (
    <>
      <label>
        Name <input />
      </label>
      <label>
        Pick <input type="checkbox" />
      </label>
      <textarea aria-label="Notes" />
      {dialog ? <div role="dialog" aria-modal="true" aria-label="Open dialog" /> : null}
      <output aria-label="Ran">{log.join(',')}</output>
    </>
  )
}

const ran = () => screen.getByRole('status', { name: 'Ran' })

test('runs a shortcut for a plain key press, also with Shift for "?"', async () => {
  const user = userEvent.setup()
  render(<Probe />)
  await user.keyboard('n')
  await user.keyboard('?')
  expect(ran()).toHaveTextContent('n,?')
})

test('ignores keys typed into text fields, but not on a focused checkbox', async () => {
  const user = userEvent.setup()
  render(<Probe />)
  await user.type(screen.getByRole('textbox', { name: 'Name' }), 'n?')
  await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'n')
  expect(ran()).toHaveTextContent('')
  await user.click(screen.getByRole('checkbox', { name: 'Pick' }))
  await user.keyboard('n')
  expect(ran()).toHaveTextContent('n')
})

test('ignores Ctrl, Alt and Cmd combinations', async () => {
  const user = userEvent.setup()
  render(<Probe />)
  await user.keyboard('{Control>}n{/Control}{Alt>}n{/Alt}{Meta>}n{/Meta}')
  expect(ran()).toHaveTextContent('')
})

test('ignores everything while a modal dialog is open', async () => {
  const user = userEvent.setup()
  render(<Probe dialog />)
  await user.keyboard('n?')
  expect(ran()).toHaveTextContent('')
})
