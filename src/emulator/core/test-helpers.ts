import { createEmulator, type Emulator, type EmulatorOptions } from './emulator'

/** Pinned clock for tests: Thursday 2026-01-15 12:00 UTC. */
export const TEST_NOW = Date.UTC(2026, 0, 15, 12, 0, 0)

export interface Page {
  data: Record<string, unknown>[]
  links: unknown[]
  meta: {
    path: string | null
    per_page: number
    next_cursor: string | null
    next_cursor_url: string | null
    prev_cursor: string | null
    prev_cursor_url: string | null
  }
}

export function testEmulator(options: EmulatorOptions = {}): Emulator {
  return createEmulator({ contactCount: 300, clock: () => TEST_NOW, ...options })
}

export interface Call {
  status: number
  headers: Record<string, string>
  json: unknown
}

export async function call(
  emulator: Emulator,
  method: string,
  pathWithQuery: string,
  body?: unknown,
): Promise<Call> {
  const [path = '', search = ''] = pathWithQuery.split('?')
  const res = await emulator.handle({ method, path, query: new URLSearchParams(search), body })
  return { status: res.status, headers: res.headers, json: res.body === null ? null : JSON.parse(res.body) }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Narrows a list response (tests fail loudly if the envelope is off). */
export function asPage(value: unknown): Page {
  if (!isRecord(value) || !Array.isArray(value.data) || !isRecord(value.meta)) throw new Error('not a page')
  const meta = value.meta
  const text = (key: string): string | null => {
    const v = meta[key]
    return typeof v === 'string' ? v : null
  }
  return {
    data: value.data.filter(isRecord),
    links: Array.isArray(value.links) ? value.links : [],
    meta: {
      path: text('path'),
      per_page: typeof meta.per_page === 'number' ? meta.per_page : -1,
      next_cursor: text('next_cursor'),
      next_cursor_url: text('next_cursor_url'),
      prev_cursor: text('prev_cursor'),
      prev_cursor_url: text('prev_cursor_url'),
    },
  }
}

export function asRecord(value: unknown): Record<string, unknown> {
  if (!isRecord(value)) throw new Error('not an object')
  return value
}

/** GET a list and return the page. */
export async function list(emulator: Emulator, pathWithQuery: string): Promise<Page> {
  const res = await call(emulator, 'GET', pathWithQuery)
  if (res.status !== 200)
    throw new Error(`GET ${pathWithQuery} → ${String(res.status)} ${JSON.stringify(res.json)}`)
  return asPage(res.json)
}

export const q = (params: Record<string, string>): string => new URLSearchParams(params).toString()
