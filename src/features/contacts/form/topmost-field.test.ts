import { afterEach, expect, test } from 'vitest'
import { topmostField } from './topmost-field'

afterEach(() => document.body.replaceChildren())

function formWith(...names: string[]): void {
  const form = document.createElement('form')
  for (const name of names) {
    const input = document.createElement('input')
    input.name = name
    form.append(input)
  }
  document.body.append(form)
}

test('picks the path whose input comes first in the form, whatever order the errors came in', () => {
  formWith('gender', 'first_name', 'email', 'address_country', 'companies.0.position', 'custom_fields.x')
  expect(topmostField(['custom_fields.x', 'email', 'companies.0.position'])).toBe('email')
  expect(topmostField(['address_country', 'first_name'])).toBe('first_name')
})

test('skips paths with no input on screen; with none on screen, keeps the first given', () => {
  formWith('last_name', 'email')
  expect(topmostField(['external_id', 'email'])).toBe('email')
  expect(topmostField(['external_id', 'owner'])).toBe('external_id')
  expect(topmostField([])).toBeUndefined()
})
