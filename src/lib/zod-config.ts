/**
 * Imported first by main.tsx, before any schema exists: zod 4 compiles object parsers with `new Function`,
 * which the app's strict Content-Security-Policy (no 'unsafe-eval') reports as a violation. Schemas read
 * this setting when they are created, so it must run before every schema module.
 *
 * zod/mini registers no messages; without any, every issue reads "Invalid input", and SchemaError /
 * ConfigError show these messages (as technical details, in English). zod's English locale would put dozens
 * of formats on the first page; these few cover what API answers and config.json can get
 * wrong. (The lazy form chunk uses classic zod, which installs the full English locale when it loads.)
 */
import * as z from 'zod/mini'

function received(input: unknown): string {
  if (input === null) return 'null'
  if (Array.isArray(input)) return 'array'
  return typeof input
}

export const apiIssueMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return `Invalid input: expected ${issue.expected}, received ${received(issue.input)}`
    case 'invalid_value':
      return `Invalid input: expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`
    case 'invalid_format':
      return `Invalid ${issue.format}`
    case 'too_small':
      return `Too small: expected at least ${String(issue.minimum)}`
    case 'too_big':
      return `Too big: expected at most ${String(issue.maximum)}`
    case 'unrecognized_keys':
      return `Unrecognized key(s): ${issue.keys.join(', ')}`
    default:
      return 'Invalid input'
  }
}

z.config({ localeError: apiIssueMessage, jitless: true })
