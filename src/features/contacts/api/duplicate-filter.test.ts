import { duplicateFilter, nameSpellings } from './duplicate-filter'
import { blankProbeValues, duplicateProbe } from '../form/duplicate-probe'

test('a name is asked for in its umlaut, spelled-out and accent-free spellings', () => {
  expect(nameSpellings('Müller')).toEqual(['müller', 'mueller', 'muller'])
  expect(nameSpellings(' Mueller ')).toEqual(['mueller', 'müller'])
  expect(nameSpellings('Groß')).toEqual(['groß', 'gross'])
  expect(nameSpellings('Gross')).toEqual(['gross', 'groß'])
  expect(nameSpellings('José')).toEqual(['josé', 'jose'])
  expect(nameSpellings('   ')).toEqual([])
})

const blank = blankProbeValues()

test('on create, every usable value is looked up; half-typed ones are not', () => {
  const values = { ...blank, first_name: 'Anna', last_name: 'Ärger', email: 'anna@', mobile: '+49 17' }
  expect(duplicateProbe(values, null)).toEqual({
    emails: [],
    phones: [],
    name: { first: 'Anna', last: 'Ärger' },
  })
  const typed = { ...values, email: 'anna@example.org', mobile: '+49 170 123' }
  expect(duplicateProbe(typed, null)).toEqual({
    emails: ['anna@example.org'],
    phones: ['+49 170 123'],
    name: { first: 'Anna', last: 'Ärger' },
  })
})

test('on edit, only what the user changed is looked up', () => {
  const base = { ...blank, first_name: 'Anna', last_name: 'Alt', email: 'anna@example.org' }
  expect(duplicateProbe(base, base)).toEqual({ emails: [], phones: [], name: null })
  const changed = { ...base, email_private: 'anna@home.example', last_name: 'Neu' }
  expect(duplicateProbe(changed, base)).toEqual({
    emails: ['anna@home.example'],
    phones: [],
    name: { first: 'Anna', last: 'Neu' },
  })
})

test('the filter asks both email fields, all phone fields, and both names together', () => {
  const filter = duplicateFilter({
    emails: ['a@b.de'],
    phones: ['030 123456'],
    name: { first: 'Jörg', last: 'Ober' },
  })
  expect(filter).toEqual({
    or: [
      { field: 'email', op: 'in', value: ['a@b.de'] },
      { field: 'email_private', op: 'in', value: ['a@b.de'] },
      { field: 'telephone', op: 'in', value: ['030 123456'] },
      { field: 'telephone_private', op: 'in', value: ['030 123456'] },
      { field: 'mobile', op: 'in', value: ['030 123456'] },
      { field: 'mobile_private', op: 'in', value: ['030 123456'] },
      {
        and: [
          { field: 'first_name', op: 'in', value: ['jörg', 'joerg', 'jorg'] },
          { field: 'last_name', op: 'in', value: ['ober'] },
        ],
      },
    ],
  })
})
