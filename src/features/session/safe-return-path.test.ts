import { safeReturnPath } from './safe-return-path'

const BASE = '/crm/contacts/'

test('keeps a path under the base path with its search and hash', () => {
  expect(safeReturnPath('/crm/contacts/contacts/42/edit?tab=1#email', BASE)).toBe(
    '/crm/contacts/contacts/42/edit?tab=1#email',
  )
  expect(safeReturnPath('/crm/contacts/', BASE)).toBe('/crm/contacts/')
  expect(safeReturnPath('/crm/contacts', BASE)).toBe('/crm/contacts')
  expect(safeReturnPath('/contacts?q=M%C3%BCller', '/')).toBe('/contacts?q=M%C3%BCller')
})

test('accepts the base path written without slashes', () => {
  expect(safeReturnPath('/crm/contacts/contacts', 'crm/contacts')).toBe('/crm/contacts/contacts')
})

test.each([
  ['another origin', 'https://evil.example/crm/contacts/'],
  ['a protocol-relative URL', '//evil.example/crm/contacts/'],
  ['a backslash trick', '/\\evil.example/crm/contacts/'],
  ['a tab the browser would strip', '/\t/evil.example/crm/contacts/'],
  ['a newline', '/crm/contacts/\n'],
  ['a javascript: URL', 'javascript:alert(1)'],
  ['a relative path', 'crm/contacts/'],
  ['a path outside the base', '/admin'],
  ['a sibling that only shares the prefix', '/crm/contacts-admin/'],
  ['dot segments leaving the base', '/crm/contacts/../../admin'],
  ['encoded dot segments leaving the base', '/crm/contacts/%2e%2e/%2e%2e/admin'],
  ['an empty value', ''],
])('refuses %s', (_label, value) => {
  expect(safeReturnPath(value, BASE)).toBeNull()
})

test('refuses anything that is not a string', () => {
  expect(safeReturnPath(null, BASE)).toBeNull()
  expect(safeReturnPath(['/crm/contacts/'], BASE)).toBeNull()
})
