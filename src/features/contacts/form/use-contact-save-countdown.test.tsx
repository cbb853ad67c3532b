import { useRef, useState } from 'react'
import { act, screen } from '@testing-library/react'
import { useForm } from 'react-hook-form'
import { getEmulator } from '../../../../test/emulator-server'
import { renderApp } from '../../../../test/render'
import { freshStart } from './form-start'
import { normalizeContact } from './contact-normalize'
import { useContactSave } from './use-contact-save'
import type { FormSession } from './form-session'

vi.setConfig({ testTimeout: 30_000 })

/** A form host that re-renders on every keystroke, as a form with a live panel beside it does. */
function SavingHost() {
  const start = freshStart(null, [])
  const form = useForm({ defaultValues: { ...start.values, last_name: 'Countdown' } })
  const session = useRef<FormSession>({
    base: normalizeContact(start.base, []),
    baseValues: start.base,
    openedAt: null,
  })
  const [note, setNote] = useState('')
  const [savedName, setSavedName] = useState<string | null>(null)
  const save = useContactSave({
    contactId: null,
    fields: [],
    form,
    session,
    onSaved: (contact) => setSavedName(contact.last_name),
    onSessionExpired: () => undefined,
  })
  return (
    <>
      <label>
        Note
        <input value={note} onChange={(event) => setNote(event.target.value)} />
      </label>
      <button type="button" onClick={save.submit}>
        Save
      </button>
      <p>{save.problem?.kind === 'rateLimited' ? `retry in ${String(save.problem.seconds)}` : ''}</p>
      <p>{savedName ? `saved ${savedName}` : ''}</p>
    </>
  )
}

test('429: the countdown keeps running (and saves) while the form re-renders on each keystroke', async () => {
  const { user } = renderApp('/', { content: <SavingHost /> })
  getEmulator().faults.inject({ kind: 429, method: 'POST', path: '/contacts', retryAfterSeconds: 2 })
  await user.click(await screen.findByRole('button', { name: 'Save' }))
  expect(await screen.findByText('retry in 2')).toBeInTheDocument()

  // A keystroke every 300 ms: before the fix each render restarted the one-second timer.
  const note = screen.getByLabelText('Note')
  for (let i = 0; i < 12 && !screen.queryByText('saved Countdown'); i += 1) {
    await user.type(note, 'x')
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)))
  }
  expect(await screen.findByText('saved Countdown')).toBeInTheDocument()
})
