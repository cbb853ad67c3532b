import { http, HttpResponse } from 'msw'
import { ConfigError, buildLoginUrl, loadRuntimeConfig, parseRuntimeConfig } from './config'
import { server } from '../../test/emulator-server'

test('apiBaseUrl defaults to api/v1 under the base path and is resolved to an absolute URL', () => {
  expect(parseRuntimeConfig({}, 'https://intranet.example/crm/contacts/')).toEqual({
    apiBaseUrl: 'https://intranet.example/crm/contacts/api/v1',
    loginUrl: undefined,
    logoutUrl: undefined,
  })
  expect(parseRuntimeConfig({ apiBaseUrl: '/gateway/kanbert/' }, 'https://x.example/app/').apiBaseUrl).toBe(
    'https://x.example/gateway/kanbert',
  )
})

test('a broken config is a ConfigError naming the key', () => {
  expect(() => parseRuntimeConfig({ apiBaseUrl: 42 })).toThrow(ConfigError)
  expect(() => parseRuntimeConfig({ apiBaseUrl: 42 })).toThrow(/"apiBaseUrl"/)
  expect(() => parseRuntimeConfig({ loginUrl: 'javascript:alert(1)' })).toThrow(/loginUrl/)
  expect(() => parseRuntimeConfig('nope')).toThrow(ConfigError)
})

test.each([
  ['javascript:alert(1)'],
  ['java\nscript:alert(1)'],
  ['java\tscript:alert(1)'],
  ['\u0001javascript:alert(1)'],
  [' JavaScript:alert(1)'],
  ['data:text/html,<script>alert(1)</script>'],
  ['vbscript:msgbox(1)'],
])('a login or logout address the browser would read as %j is refused', (value) => {
  expect(() => parseRuntimeConfig({ loginUrl: value }, 'https://x.example/')).toThrow(/"loginUrl".*http\(s\)/)
  expect(() => parseRuntimeConfig({ logoutUrl: value }, 'https://x.example/')).toThrow(/"logoutUrl"/)
})

test('login and logout may live on the SSO host; the API must be on the app origin', () => {
  const base = 'https://intranet.example/crm/contacts/'
  expect(
    parseRuntimeConfig(
      { loginUrl: 'https://sso.example/login?rd={returnTo}', logoutUrl: '/sso/logout' },
      base,
    ),
  ).toMatchObject({ loginUrl: 'https://sso.example/login?rd={returnTo}', logoutUrl: '/sso/logout' })
  expect(parseRuntimeConfig({ apiBaseUrl: 'https://intranet.example/kanbert/api/v1' }, base).apiBaseUrl).toBe(
    'https://intranet.example/kanbert/api/v1',
  )
  for (const apiBaseUrl of [
    'https://api.kanbert.com/api/v1',
    '//evil.example/api/v1',
    'http://intranet.example/api',
  ]) {
    expect(() => parseRuntimeConfig({ apiBaseUrl }, base)).toThrow(/"apiBaseUrl".*own origin/)
  }
  expect(() => parseRuntimeConfig({ apiBaseUrl: 'javascript:alert(1)' }, base)).toThrow(/"apiBaseUrl"/)
})

test('the login URL template gets the encoded return location', () => {
  const config = parseRuntimeConfig({ loginUrl: '/sso/start?rd={returnTo}' }, 'https://x.example/')
  expect(buildLoginUrl(config, '/crm/contacts/contacts/7/edit?x=1&y=ä')).toBe(
    '/sso/start?rd=%2Fcrm%2Fcontacts%2Fcontacts%2F7%2Fedit%3Fx%3D1%26y%3D%C3%A4',
  )
  expect(buildLoginUrl(parseRuntimeConfig({}), '/x')).toBeNull()
})

test('loadRuntimeConfig reports HTTP failures and invalid JSON clearly', async () => {
  server.use(http.get('http://localhost/config.json', () => new HttpResponse('not json', { status: 200 })))
  await expect(loadRuntimeConfig('/')).rejects.toThrow('config.json is not valid JSON.')
  server.use(http.get('http://localhost/config.json', () => new HttpResponse(null, { status: 404 })))
  await expect(loadRuntimeConfig('/')).rejects.toThrow('HTTP 404')
  server.use(http.get('http://localhost/config.json', () => HttpResponse.json({ logoutUrl: '/sso/logout' })))
  await expect(loadRuntimeConfig('/')).resolves.toMatchObject({
    apiBaseUrl: 'http://localhost/api/v1',
    logoutUrl: '/sso/logout',
  })
})

test('an app served over plain http (a local install) may use http addresses', () => {
  const base = 'http://localhost:5173/'
  expect(
    parseRuntimeConfig(
      { apiBaseUrl: 'http://localhost:5173/api/v1/', loginUrl: 'http://sso.local/login' },
      base,
    ),
  ).toEqual({
    apiBaseUrl: 'http://localhost:5173/api/v1',
    loginUrl: 'http://sso.local/login',
    logoutUrl: undefined,
  })
})

test('an address that is not a URL at all is named as such', () => {
  expect(() => parseRuntimeConfig({ logoutUrl: 'https://[::1' }, 'https://x.example/')).toThrow(
    'config.json is invalid at "logoutUrl": not a URL',
  )
  expect(() => parseRuntimeConfig({ loginUrl: '   ' }, 'https://x.example/')).toThrow(/at "loginUrl"/)
  expect(() => parseRuntimeConfig('nope', 'https://x.example/')).toThrow(/^config\.json is invalid: \S/)
})

test('config.json is fetched fresh each start, so a changed deployment applies at the next load', async () => {
  const seen: Request[] = []
  server.use(
    http.get('http://localhost/crm/config.json', ({ request }) => {
      seen.push(request)
      return HttpResponse.json({})
    }),
  )
  await expect(loadRuntimeConfig('/crm/')).resolves.toMatchObject({ apiBaseUrl: 'http://localhost/api/v1' })
  expect(seen.map((request) => request.cache)).toEqual(['no-store'])
  server.use(http.get('http://localhost/crm/config.json', () => HttpResponse.error()))
  await expect(loadRuntimeConfig('/crm/')).rejects.toThrow('config.json could not be loaded (network error).')
})

test('every {returnTo} in the login template is filled in', () => {
  const config = parseRuntimeConfig({ loginUrl: '/sso?rd={returnTo}&next={returnTo}' }, 'https://x.example/')
  expect(buildLoginUrl(config, '/a b')).toBe('/sso?rd=%2Fa%20b&next=%2Fa%20b')
})

test('the original failure is kept as the cause, and the error names itself, for the console', async () => {
  server.use(http.get('http://localhost/config.json', () => HttpResponse.error()))
  const offline = await loadRuntimeConfig('/').catch((caught: unknown) => caught)
  expect(offline).toMatchObject({ name: 'ConfigError' })
  expect(offline instanceof Error ? offline.cause : null).toBeInstanceOf(Error)
  server.use(http.get('http://localhost/config.json', () => new HttpResponse('{', { status: 200 })))
  const broken = await loadRuntimeConfig('/').catch((caught: unknown) => caught)
  expect(broken instanceof Error ? broken.cause : null).toBeInstanceOf(SyntaxError)
})

test('trailing slashes of the API address are dropped, so request paths never hold "//"', () => {
  expect(parseRuntimeConfig({ apiBaseUrl: 'api/v1//' }, 'https://x.example/crm/').apiBaseUrl).toBe(
    'https://x.example/crm/api/v1',
  )
})
