import { i18n } from '../../../lib/i18n'
import { formatCustomFieldValue } from './custom-field-display'

const texts = { yes: 'Yes', no: 'No', listSeparator: ', ', userName: (id: string) => `name of ${id}` }

beforeEach(async () => {
  await i18n.changeLanguage('en')
})

test('renders each kind of value as text', () => {
  expect(formatCustomFieldValue(true, 'boolean', texts)).toBe('Yes')
  expect(formatCustomFieldValue(false, 'boolean', texts)).toBe('No')
  expect(formatCustomFieldValue(1234567, 'integer', texts)).toBe('1,234,567')
  expect(formatCustomFieldValue(1234.5, 'number', texts)).toBe('1,234.5')
  expect(formatCustomFieldValue('2024-03-05', 'date', texts)).toBe('5 Mar 2024')
  expect(formatCustomFieldValue(['Lohn', '', 'Bilanz'], 'list', texts)).toBe('Lohn, Bilanz')
  expect(formatCustomFieldValue('<b>x</b>', 'string', texts)).toBe('<b>x</b>')
})

test('uses German digit grouping in German', async () => {
  await i18n.changeLanguage('de')
  expect(formatCustomFieldValue(1234567, 'integer', texts)).toBe('1.234.567')
})

test('treats null, blank strings and empty lists as no value', () => {
  expect(formatCustomFieldValue(null, 'string', texts)).toBeNull()
  expect(formatCustomFieldValue('  ', 'string', texts)).toBeNull()
  expect(formatCustomFieldValue([], 'list', texts)).toBeNull()
  expect(formatCustomFieldValue(undefined, 'string', texts)).toBeNull()
})

test('keeps a date-looking text as text when the field is not a date', () => {
  expect(formatCustomFieldValue('2024-03-05', 'string', texts)).toBe('2024-03-05')
})
