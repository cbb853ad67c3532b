/**
 * Imported first by main.tsx, before any schema exists: zod 4 compiles object parsers with `new Function`,
 * which the app's strict Content-Security-Policy (no 'unsafe-eval') reports as a violation. Schemas read
 * this setting when they are created, so it must run before every schema module.
 */
import { z } from 'zod'

z.config({ jitless: true })
