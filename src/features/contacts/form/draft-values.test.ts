import type { CustomFieldInfo } from '../shared/custom-field-kinds'
import { emptyContactFormValues } from './contact-form-values'
import { formValuesFromDraft } from './draft-values'

const fields: CustomFieldInfo[] = [
  { alias: 'newsletter', title: 'Newsletter', kind: 'boolean', options: null },
  { alias: 'employees', title: 'Employees', kind: 'integer', options: null },
  { alias: 'interests', title: 'Interests', kind: 'list', options: null },
]
const form = { ...emptyContactFormValues(fields), last_name: 'Maier' }
const austria = { id: 'c-at', name: 'Austria', code: 'AT' }

test('a stored draft fills in what was typed: text, relations, companies, custom fields', () => {
  const values = formValuesFromDraft(form, {
    first_name: 'Anna',
    last_name: '',
    address_country: austria,
    owner: null,
    client: null,
    companies: [{ id: 'co-1', name: 'ACME', position: 'CEO' }],
    custom_fields: { newsletter: false, employees: '12', interests: ['Lohn', 'Bilanz'] },
  })
  expect(values).toEqual({
    ...form,
    first_name: 'Anna',
    last_name: '',
    address_country: austria,
    companies: [{ id: 'co-1', name: 'ACME', position: 'CEO' }],
    custom_fields: { newsletter: false, employees: '12', interests: ['Lohn', 'Bilanz'] },
  })
})

test('what does not fit the current form keeps the form’s own value', () => {
  const withCountry = { ...form, address_country: austria }
  const values = formValuesFromDraft(withCountry, {
    first_name: 42,
    address_country: 'Austria',
    companies: [{ id: 'co-1' }],
    custom_fields: { newsletter: 'yes', employees: 12, interests: ['ok', 3], removed_field: 'x' },
  })
  expect(values).toEqual(withCountry)
  expect(formValuesFromDraft(form, { custom_fields: { newsletter: null, interests: [] } })).toEqual(form)
  expect(formValuesFromDraft(form, { custom_fields: 'nope' })).toEqual(form)
})

test('a draft that is no object at all leaves the form as it is', () => {
  for (const stored of [null, 'text', 7, undefined]) expect(formValuesFromDraft(form, stored)).toEqual(form)
})

test('restoring does not change the form values it started from', () => {
  const start = { ...form, custom_fields: { ...form.custom_fields } }
  formValuesFromDraft(start, { custom_fields: { employees: '3' } })
  expect(start.custom_fields).toEqual(form.custom_fields)
})
