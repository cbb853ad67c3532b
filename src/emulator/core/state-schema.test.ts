import { expect, test } from 'vitest'
import { parseEmulatorState } from './state-schema'
import { call, testEmulator } from './test-helpers'

test('state survives a JSON round trip and restarts where it left off', async () => {
  const emulator = testEmulator({ contactCount: 50 })
  const created = await call(emulator, 'POST', '/contacts', {
    last_name: 'Persistiert',
    custom_fields: { interests: ['Lohn'] },
  })
  const id = String((created.json as { id: unknown }).id)
  const target = emulator.getState().contacts.find((c) => c.deleted_at === null && c.id !== id)?.id ?? ''
  await call(emulator, 'DELETE', `/contacts/${target}`)

  const restored = parseEmulatorState(JSON.parse(JSON.stringify(emulator.getState())))
  expect(restored).not.toBeNull()
  if (!restored) return
  const again = testEmulator({ state: restored })
  expect(again.getState()).toEqual(emulator.getState())
  expect((await call(again, 'GET', `/contacts/${id}`)).json).toMatchObject({
    last_name: 'Persistiert',
    custom_fields: { interests: ['Lohn'] },
  })
  expect((await call(again, 'GET', `/contacts/${target}`)).json).toMatchObject({
    deleted_at: expect.any(String) as unknown,
  })
  // The next created id continues the sequence instead of repeating one.
  const next = await call(again, 'POST', '/contacts', { last_name: 'Zweiter' })
  expect((next.json as { id: unknown }).id).not.toBe(id)
})

test('getState is a copy; invalid stored state is rejected', () => {
  const emulator = testEmulator({ contactCount: 2 })
  const copy = emulator.getState()
  copy.contacts.length = 0
  expect(emulator.getState().contacts).toHaveLength(2)
  expect(parseEmulatorState({ version: 2 })).toBeNull()
  expect(parseEmulatorState({ ...emulator.getState(), contacts: [{ id: 1 }] })).toBeNull()
  expect(parseEmulatorState('nonsense')).toBeNull()
})
