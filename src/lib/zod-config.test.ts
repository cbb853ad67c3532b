import * as z from 'zod/mini'
import { apiIssueMessage } from './zod-config'

const messageOf = (schema: z.ZodMiniType, input: unknown) => {
  const result = schema.safeParse(input, { error: apiIssueMessage })
  return result.success ? 'ok' : result.error.issues.map((issue) => issue.message).join('; ')
}

test('says what was expected and what came', () => {
  expect(messageOf(z.object({ name: z.string() }), { name: 42 })).toBe(
    'Invalid input: expected string, received number',
  )
  expect(messageOf(z.array(z.string()), null)).toBe('Invalid input: expected array, received null')
  expect(messageOf(z.enum(['a', 'b']), 'c')).toBe('Invalid input: expected one of "a", "b"')
  expect(messageOf(z.string().check(z.minLength(2)), 'x')).toBe('Too small: expected at least 2')
  expect(messageOf(z.url(), 'not a url')).toBe('Invalid url')
})
