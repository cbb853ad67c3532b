import { ageOn, countryName, languageName, salutationKind } from './person-facts'

test('gives a salutation only for female and male', () => {
  expect(salutationKind('female')).toBe('female')
  expect(salutationKind(' Male ')).toBe('male')
  expect(salutationKind('diverse')).toBeNull()
  expect(salutationKind(null)).toBeNull()
})

test('counts full years up to the day before the birthday', () => {
  const today = new Date('2026-04-11T23:00:00Z')
  expect(ageOn('1980-04-12', today)).toBe(45)
  expect(ageOn('1980-04-11', today)).toBe(46)
  expect(ageOn('2030-01-01', today)).toBeNull()
  expect(ageOn('not a date', today)).toBeNull()
})

test('names languages and countries in the UI language, falling back to the raw value', () => {
  expect(languageName('de_DE', 'en')).toBe('German (Germany)')
  expect(languageName('de', 'de')).toBe('Deutsch')
  expect(languageName('<script>', 'en')).toBe('<script>')
  expect(countryName({ code: 'AT', name: 'Austria' }, 'de')).toBe('Österreich')
  expect(countryName({ code: '??', name: 'Atlantis' }, 'de')).toBe('Atlantis')
})
