import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { useKeyboardShortcuts } from './use-keyboard-shortcuts'
import { markShortcutHandled, noteUnhandledShortcuts, takeUnhandledShortcut } from './shortcut-event'

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

describe('a shortcut key pressed while its handler was still loading', () => {
  beforeAll(() => noteUnhandledShortcuts())

  function Late({ onSearch }: { onSearch: () => void }) {
    useKeyboardShortcuts({ '/': onSearch })
    return null
  }
  function LateNew({ onNew }: { onNew: () => void }) {
    useKeyboardShortcuts({ n: onNew })
    return null
  }

  test('runs once the handler registers, once', async () => {
    const user = userEvent.setup()
    await user.keyboard('/')
    const onSearch = vi.fn()
    const { unmount } = render(<Late onSearch={onSearch} />)
    expect(onSearch).toHaveBeenCalledTimes(1)
    unmount()
    render(<Late onSearch={onSearch} />)
    expect(onSearch).toHaveBeenCalledTimes(1)
  })

  afterEach(() => markShortcutHandled())

  test('is dropped once it is older than a moment', async () => {
    await userEvent.setup().keyboard('/')
    expect(takeUnhandledShortcut(() => true, performance.now() + 2000)).toBeNull()
    expect(takeUnhandledShortcut(() => true)).toBe('/')
  })

  test('is not carried over when it was typed into a field', async () => {
    const user = userEvent.setup()
    render(<Probe />)
    await user.type(screen.getByRole('textbox', { name: 'Name' }), '/')
    const onSearch = vi.fn()
    render(<Late onSearch={onSearch} />)
    expect(onSearch).not.toHaveBeenCalled()
  })

  test('is not carried over when a handler already ran for it', async () => {
    const user = userEvent.setup()
    render(<Probe />)
    await user.keyboard('n')
    expect(ran()).toHaveTextContent('n')
    const onNew = vi.fn()
    render(<LateNew onNew={onNew} />)
    expect(onNew).not.toHaveBeenCalled()
  })

  test('is dropped when a click came in between', async () => {
    const user = userEvent.setup()
    render(<Probe />)
    await user.keyboard('/')
    await user.click(screen.getByRole('checkbox', { name: 'Pick' }))
    const onSearch = vi.fn()
    render(<Late onSearch={onSearch} />)
    expect(onSearch).not.toHaveBeenCalled()
  })
})
