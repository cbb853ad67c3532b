import { expect, test } from 'vitest'
import { call, testEmulator } from './test-helpers'

test.each([
  [401, { message: 'Unauthenticated.' }],
  [403, { message: 'This action is unauthorized.' }],
  [404, { message: 'Not Found' }],
  [500, { message: 'Server Error' }],
])('injected %i answers once with its Laravel body, then normal service resumes', async (status, body) => {
  const emulator = testEmulator({ contactCount: 3 })
  emulator.faults.inject({ kind: status })
  expect(await call(emulator, 'GET', '/whoami')).toMatchObject({ status, json: body })
  expect((await call(emulator, 'GET', '/whoami')).status).toBe(200)
})

test('422 fault carries the given errors; 429 carries Retry-After', async () => {
  const emulator = testEmulator({ contactCount: 3 })
  emulator.faults.inject({ kind: '422', errors: { last_name: ['Taken.'], email: ['Bad.'] } })
  expect(await call(emulator, 'POST', '/contacts', { last_name: 'x' })).toMatchObject({
    status: 422,
    json: { message: 'Taken. (and 1 more error)', errors: { last_name: ['Taken.'], email: ['Bad.'] } },
  })
  emulator.faults.inject({ kind: 429, retryAfterSeconds: 7 })
  const limited = await call(emulator, 'GET', '/contacts')
  expect(limited.status).toBe(429)
  expect(limited.headers['Retry-After']).toBe('7')
  expect(limited.json).toEqual({ message: 'Too Many Attempts.' })
})

test('faults match method and path prefix and count down', async () => {
  const emulator = testEmulator({ contactCount: 3 })
  emulator.faults.inject({ kind: 500, count: 2, method: 'post', path: '/contacts' })
  expect((await call(emulator, 'GET', '/contacts')).status).toBe(200)
  expect((await call(emulator, 'POST', '/users')).status).toBe(500 - 95) // 405: path does not match the fault
  expect((await call(emulator, 'POST', '/contacts', { last_name: 'a' })).status).toBe(500)
  expect(emulator.faults.pending()).toMatchObject([{ kind: '500', count: 1 }])
  expect((await call(emulator, 'POST', '/contacts', { last_name: 'a' })).status).toBe(500)
  expect((await call(emulator, 'POST', '/contacts', { last_name: 'a' })).status).toBe(201)
  expect(emulator.faults.pending()).toEqual([])
})

test('malformed answers 200 with JSON content type but unparsable text', async () => {
  const emulator = testEmulator({ contactCount: 3 })
  emulator.faults.inject({ kind: 'malformed' })
  const res = await emulator.handle({
    method: 'GET',
    path: '/contacts',
    query: new URLSearchParams(),
    body: undefined,
  })
  expect(res.status).toBe(200)
  expect(res.headers['Content-Type']).toBe('application/json')
  expect(() => {
    JSON.parse(res.body ?? '')
  }).toThrow()
})

test('login-redirect answers 302 to the login page', async () => {
  const emulator = testEmulator({ contactCount: 3 })
  emulator.faults.inject({ kind: 'login-redirect' })
  const res = await emulator.handle({
    method: 'GET',
    path: '/contacts',
    query: new URLSearchParams(),
    body: undefined,
  })
  expect(res).toEqual({ status: 302, headers: { Location: '/__emulator/login' }, body: null })
})

test('invalid fault specs are rejected; reset clears faults and data', async () => {
  const emulator = testEmulator({ contactCount: 3 })
  expect(() => emulator.faults.inject({ kind: 418 })).toThrow()
  emulator.faults.inject({ kind: 500, count: 5 })
  await call(emulator, 'POST', '/contacts', { last_name: 'x' })
  emulator.reset()
  expect(emulator.faults.pending()).toEqual([])
  expect(emulator.getState().contacts).toHaveLength(3)
})

test('latency delays answers', async () => {
  const emulator = testEmulator({ contactCount: 3 })
  emulator.setLatency(60)
  const started = performance.now()
  await call(emulator, 'GET', '/whoami')
  expect(performance.now() - started).toBeGreaterThanOrEqual(55)
})
