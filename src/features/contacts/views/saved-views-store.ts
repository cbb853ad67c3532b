/**
 * Saved views in localStorage as an external store: parsed with zod once per stored text, so readers get
 * the same object until it changes; other tabs' writes arrive through the `storage` event. Unreadable data
 * (hand-edited, a future version, storage disabled) reads as no views and never throws.
 */
import { emptyRecord, savedViewsRecordSchema, type SavedViewsRecord } from './saved-views-record'
import { SAVED_VIEWS_KEY } from './saved-views-key'

const listeners = new Set<() => void>()
let cached: { raw: string | null; record: SavedViewsRecord } | null = null

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(SAVED_VIEWS_KEY)
  } catch {
    return null
  }
}

function parse(raw: string | null): SavedViewsRecord {
  if (raw === null) return emptyRecord
  try {
    const parsed = savedViewsRecordSchema.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : emptyRecord
  } catch {
    return emptyRecord
  }
}

export function readSavedViews(): SavedViewsRecord {
  const raw = readRaw()
  if (cached?.raw !== raw) cached = { raw, record: parse(raw) }
  return cached.record
}

/** Writes and tells every reader; false when the browser refused (full or disabled storage). */
export function writeSavedViews(record: SavedViewsRecord): boolean {
  let stored = true
  try {
    window.localStorage.setItem(SAVED_VIEWS_KEY, JSON.stringify(record))
  } catch {
    stored = false
  }
  listeners.forEach((listener) => listener())
  return stored
}

function onStorage(event: StorageEvent) {
  if (event.key === SAVED_VIEWS_KEY || event.key === null) listeners.forEach((listener) => listener())
}

export function subscribeSavedViews(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('storage', onStorage)
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) window.removeEventListener('storage', onStorage)
  }
}
