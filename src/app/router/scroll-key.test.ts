import { scrollKey } from './scroll-key'

const at = (pathname: string, search: string, key: string) => ({ pathname, search, key })

test('the list has one position per address, whatever history entry shows it', () => {
  expect(scrollKey(at('/contacts', '?q=anna', 'a'))).toBe(scrollKey(at('/contacts', '?q=anna', 'b')))
  expect(scrollKey(at('/contacts', '?q=anna', 'a'))).not.toBe(scrollKey(at('/contacts', '?q=otto', 'a')))
})

test('other pages have one position per history entry', () => {
  expect(scrollKey(at('/contacts/c-1', '', 'a'))).toBe('a')
  expect(scrollKey(at('/contacts/c-1', '', 'b'))).toBe('b')
})

test('the search terms do not appear in the key (it is kept in sessionStorage)', () => {
  expect(scrollKey(at('/contacts', '?q=Schneider', 'a'))).not.toContain('Schneider')
})
