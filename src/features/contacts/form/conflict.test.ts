import type { CustomFieldInfo } from '../shared/custom-field-kinds'
import { findConflict, keysToSend } from './conflict'
import { emptyContactFormValues, type ContactFormValues } from './contact-form-values'
import { normalizeContact } from './contact-normalize'

const fields: CustomFieldInfo[] = [{ alias: 'employees', title: 'Employees', kind: 'integer', options: null }]

function contact(patch: Partial<ContactFormValues> = {}) {
  return normalizeContact(
    { ...emptyContactFormValues(fields), first_name: 'Anna', last_name: 'Maier', ...patch },
    fields,
  )
}

const base = contact({ email: 'a@maier.example', address_town: 'Kiel', position: 'CEO' })

test('a field both changed to different values is contested; one only the colleague changed is theirs', () => {
  const mine = contact({ email: 'anna@maier.example', address_town: 'Kiel', position: 'CFO' })
  const theirs = contact({ email: 'maier@example.org', address_town: 'Lübeck', position: 'CEO' })
  const conflict = findConflict(base, mine, theirs, '2026-11-27T12:00:00Z')
  expect(conflict.myKeys).toEqual(['position', 'email'])
  expect(conflict.contested).toEqual(['email'])
  expect(conflict.theirsOnly).toEqual(['address_town'])
  expect(conflict.theirUpdatedAt).toBe('2026-11-27T12:00:00Z')
})

test('both changing a field to the same value is no conflict, and it is not sent again', () => {
  const mine = contact({ email: 'anna@maier.example', address_town: 'Kiel', position: 'CEO ' })
  const theirs = contact({ email: ' anna@maier.example', address_town: 'Kiel', position: 'CEO' })
  const conflict = findConflict(base, mine, theirs, '2026-11-27T12:00:00Z')
  expect(conflict.contested).toEqual([])
  expect(conflict.theirsOnly).toEqual(['email'])
  expect(keysToSend(conflict, {})).toEqual([])
})

test('the user’s choice decides what is sent: mine by default, theirs keeps the stored value', () => {
  const mine = contact({
    email: 'anna@maier.example',
    address_town: 'Hamburg',
    position: 'CEO',
    custom_fields: { employees: '12' },
  })
  const theirs = contact({ email: 'maier@example.org', address_town: 'Lübeck', position: 'CEO' })
  const conflict = findConflict(base, mine, theirs, '2026-11-27T12:00:00Z')
  expect(conflict.contested).toEqual(['email', 'address_town'])
  expect(keysToSend(conflict, {})).toEqual(['email', 'address_town', 'custom_fields.employees'])
  expect(keysToSend(conflict, { email: 'theirs', address_town: 'mine' })).toEqual([
    'address_town',
    'custom_fields.employees',
  ])
})
