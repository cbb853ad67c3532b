import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, test, vi } from 'vitest'
import { createEmulator } from '../core/emulator'
import { debounced, loadState, saveState } from './emulator-persistence'

let dir = ''
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
  vi.useRealTimers()
})

test('saves and loads the state through a file', async () => {
  dir = mkdtempSync(join(tmpdir(), 'kanbert-emulator-'))
  const file = join(dir, 'nested', 'contacts.json')
  expect(loadState(file)).toBeNull()
  const emulator = createEmulator({ contactCount: 10 })
  await emulator.handle({
    method: 'POST',
    path: '/contacts',
    query: new URLSearchParams(),
    body: { last_name: 'Gespeichert' },
  })
  saveState(file, emulator.getState())
  const loaded = loadState(file)
  expect(loaded).toEqual(emulator.getState())
  expect(loaded?.contacts.at(-1)?.last_name).toBe('Gespeichert')
  writeFileSync(file, '{"version":1,"broken":')
  expect(loadState(file)).toBeNull()
  writeFileSync(file, JSON.stringify({ version: 1 }))
  expect(loadState(file)).toBeNull()
  expect(readFileSync(file, 'utf8')).toContain('version')
})

test('debounced saves run once after a burst, and flush runs pending work now', () => {
  vi.useFakeTimers()
  const action = vi.fn()
  const saver = debounced(action, 300)
  saver.schedule()
  saver.schedule()
  vi.advanceTimersByTime(299)
  expect(action).not.toHaveBeenCalled()
  vi.advanceTimersByTime(1)
  expect(action).toHaveBeenCalledTimes(1)
  saver.schedule()
  saver.flush()
  expect(action).toHaveBeenCalledTimes(2)
  saver.flush()
  expect(action).toHaveBeenCalledTimes(2)
})
