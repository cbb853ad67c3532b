import { getResponse } from 'msw'
import { expect, test } from 'vitest'
import { createEmulator } from '../core/emulator'
import { createKanbertHandlers } from './msw-handlers'

const BASE = 'https://crm.example/crm/contacts/api/v1'

function setup() {
  const emulator = createEmulator({ contactCount: 20 })
  const handlers = createKanbertHandlers(emulator, BASE)
  const send = async (path: string, init?: RequestInit): Promise<Response> => {
    const response = await getResponse(handlers, new Request(`${BASE}${path}`, init))
    if (!response) throw new Error(`no handler for ${path}`)
    return response
  }
  return { emulator, handlers, send }
}

test('answers list, create and delete from the same core', async () => {
  const { emulator, send } = setup()
  const list = await send('/contacts?page%5Bsize%5D=5&sort=-last_name')
  expect(list.status).toBe(200)
  expect(list.headers.get('Content-Type')).toBe('application/json')
  const page = (await list.json()) as { data: unknown[]; meta: { per_page: number } }
  expect(page.data).toHaveLength(5)
  expect(page.meta.per_page).toBe(5)

  const created = await send('/contacts', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ first_name: 'Bärbel', last_name: 'Öztürk' }),
  })
  expect(created.status).toBe(201)
  const { id } = (await created.json()) as { id: string }
  expect(emulator.getState().contacts.some((c) => c.id === id && c.last_name === 'Öztürk')).toBe(true)
  const deleted = await send(`/contacts/${id}`, { method: 'DELETE' })
  expect(deleted.status).toBe(204)
  expect(await deleted.text()).toBe('')
})

test('malformed JSON request bodies are a 400', async () => {
  const { send } = setup()
  const res = await send('/contacts', { method: 'POST', body: '{"first_name":' })
  expect(res.status).toBe(400)
  expect(await res.json()).toEqual({ message: 'Malformed JSON body.' })
})

test('faults pass through: 429 keeps Retry-After, login-redirect points at an HTML login page', async () => {
  const { emulator, handlers, send } = setup()
  emulator.faults.inject({ kind: 429, retryAfterSeconds: 3 })
  const limited = await send('/contacts')
  expect(limited.status).toBe(429)
  expect(limited.headers.get('Retry-After')).toBe('3')

  emulator.faults.inject({ kind: 'login-redirect' })
  const redirect = await send('/contacts')
  expect(redirect.status).toBe(302)
  const location = redirect.headers.get('Location') ?? ''
  expect(location).toBe('https://crm.example/__emulator/login')
  const login = await getResponse(handlers, new Request(location))
  expect(login?.status).toBe(200)
  expect(login?.headers.get('Content-Type')).toContain('text/html')
  expect(await login?.text()).toContain('<h1>Sign in')
})
