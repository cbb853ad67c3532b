/**
 * Imported first by main.tsx, before any schema exists: zod 4 compiles object parsers with `new Function`,
 * which the app's strict Content-Security-Policy (no 'unsafe-eval') reports as a violation. Schemas read
 * this setting when they are created, so it must run before every schema module.
 * zod/mini, unlike classic zod, registers no locale by itself; without English every issue would read
 * just "Invalid input", and SchemaError / ConfigError show these messages.
 */
import * as z from 'zod/mini'
import { en } from 'zod/locales'

z.config({ ...en(), jitless: true })
