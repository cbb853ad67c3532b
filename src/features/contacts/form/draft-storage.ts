/**
 * Unsaved form drafts in sessionStorage, so a reload or an SSO round-trip does not lose typed input.
 * Session (not local) storage: drafts stay in the tab that made them and vanish when it closes.
 * Reused outside the form: saving drafts when the session expires, clearing all of them on sign-out.
 */
import * as z from 'zod/mini'

const PREFIX = 'kanbert.draft.contact.'

/** `new` for the create form, the contact id otherwise. */
export type DraftId = string

export interface Draft {
  /** The form values as typed. */
  values: unknown
  /** The values the form started from, so a restore can still send only what the user changed. */
  base: unknown
  /** `updated_at` of the contact the draft was based on (null for a new contact). */
  basedOn: string | null
  savedAt: string
}

const draftSchema = z.object({
  values: z.unknown(),
  base: z.unknown(),
  basedOn: z.nullable(z.string()),
  savedAt: z.string(),
})

export function draftKey(id: DraftId): string {
  return `${PREFIX}${id}`
}

// Storage can be disabled or full; a draft is a safety net, so failing to write it must not break the form.
function storage(): Storage | null {
  try {
    return window.sessionStorage
  } catch {
    return null
  }
}

export function saveDraft(id: DraftId, draft: Omit<Draft, 'savedAt'>): void {
  try {
    storage()?.setItem(draftKey(id), JSON.stringify({ ...draft, savedAt: new Date().toISOString() }))
  } catch {
    // quota exceeded: keep the form working
  }
}

export function loadDraft(id: DraftId): Draft | null {
  const raw = storage()?.getItem(draftKey(id))
  if (!raw) return null
  try {
    const parsed = draftSchema.safeParse(JSON.parse(raw))
    return parsed.success ? { ...parsed.data, values: parsed.data.values, base: parsed.data.base } : null
  } catch {
    return null
  }
}

export function clearDraft(id: DraftId): void {
  storage()?.removeItem(draftKey(id))
}

/** On sign-out: another person may use this tab next. */
export function clearAllDrafts(): void {
  const store = storage()
  if (!store) return
  const keys = Array.from({ length: store.length }, (_, index) => store.key(index)).filter(
    (key): key is string => key?.startsWith(PREFIX) === true,
  )
  for (const key of keys) store.removeItem(key)
}
