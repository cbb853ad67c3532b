/** Date helpers. All times are UTC; timestamps are ISO-8601 without milliseconds, as in the contract examples. */

export const DAY_MS = 86_400_000

const dayStrings = new Map<number, string>()
const pad2 = (n: number): string => (n < 10 ? `0${String(n)}` : String(n))

export function toIso(ms: number): string {
  // Hand-formatted with a per-day cache: seeding stamps thousands of records and Date allocation dominated.
  const day = Math.floor(ms / DAY_MS)
  let date = dayStrings.get(day)
  if (date === undefined) {
    date = new Date(day * DAY_MS).toISOString().slice(0, 10)
    dayStrings.set(day, date)
  }
  const seconds = Math.floor((ms - day * DAY_MS) / 1000)
  return `${date}T${pad2(Math.floor(seconds / 3600))}:${pad2(Math.floor(seconds / 60) % 60)}:${pad2(seconds % 60)}Z`
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Start (ms, UTC) of a real calendar date `YYYY-MM-DD`, or null (rejects 2023-02-30). */
export function parseDate(value: string): number | null {
  const match = DATE_RE.exec(value)
  if (!match) return null
  const [, y, m, d] = match.map(Number)
  if (y === undefined || m === undefined || d === undefined) return null
  const ms = Date.UTC(y, m - 1, d)
  const check = new Date(ms)
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return null
  return ms
}

export function isValidDate(value: string): boolean {
  return parseDate(value) !== null
}

export function startOfDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS
}
