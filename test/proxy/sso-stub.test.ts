/** The test SSO helper must itself never be an open redirect, or the proxy e2e would bless one. */
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest'
import { http, passthrough } from 'msw'
import { server as msw } from '../emulator-server'
// @ts-expect-error -- plain ESM helper without type declarations
import { createSsoStub, safeReturnTo } from './sso-stub.mjs'

let server: Server
let base = ''

beforeAll(async () => {
  server = (createSsoStub as () => Server)()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
// The unit-test MSW server refuses unknown hosts; this one is real.
beforeEach(() => msw.use(http.all(`${base}/*`, () => passthrough())))
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const safe = safeReturnTo as (value: unknown) => string

test.each([
  ['another origin', 'https://evil.example/'],
  ['a protocol-relative URL', '//evil.example/'],
  ['a backslash', '/\\evil.example/'],
  ['a tab browsers strip', '/\t/evil.example/'],
  ['a relative path', 'evil'],
  ['nothing', null],
])('refuses %s as return address', (_label, value) => {
  expect(safe(value)).toBe('/')
})

test('keeps a same-origin path with its query', () => {
  expect(safe('/crm/contacts/contacts?q=a&sort=-last_name')).toBe(
    '/crm/contacts/contacts?q=a&sort=-last_name',
  )
})

test('after signing in it returns only to a safe path', async () => {
  const login = (rd: string) =>
    fetch(`${base}/sso/login`, {
      method: 'POST',
      body: new URLSearchParams({ user: 'jonas.berg', rd }),
      redirect: 'manual',
    })
  expect((await login('//evil.example/x')).headers.get('location')).toBe('/')
  expect((await login('/crm/contacts/contacts/42/edit')).headers.get('location')).toBe(
    '/crm/contacts/contacts/42/edit',
  )
})

test('a page request without a session goes to the login with its full address encoded', async () => {
  const response = await fetch(`${base}/sso/start`, {
    headers: { 'X-Original-URI': '/crm/contacts/contacts?q=a&sort=-last_name' },
    redirect: 'manual',
  })
  expect(response.status).toBe(302)
  expect(response.headers.get('location')).toBe(
    `/sso/login?rd=${encodeURIComponent('/crm/contacts/contacts?q=a&sort=-last_name')}`,
  )
})

test('the login form escapes the return address it echoes', async () => {
  const page = await (
    await fetch(`${base}/sso/login?rd=${encodeURIComponent('/x"><script>alert(1)</script>')}`)
  ).text()
  expect(page).not.toContain('<script>alert(1)')
})
