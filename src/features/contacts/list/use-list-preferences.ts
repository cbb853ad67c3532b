/**
 * Column visibility and row density of the contact list, remembered in this browser. Stored values are
 * parsed with zod; anything unreadable (old format, hand-edited, storage disabled) falls back to defaults.
 */
import { useCallback, useState } from 'react'
import * as z from 'zod/mini'

export const LIST_PREFERENCES_KEY = 'kanbert.list.columns.v1'

export type Density = 'compact' | 'standard'

const preferencesSchema = z.object({
  visibility: z.catch(z.record(z.string(), z.boolean()), {}),
  density: z.catch(z.enum(['compact', 'standard']), 'standard'),
})
export type ListPreferences = z.infer<typeof preferencesSchema>

const defaults: ListPreferences = { visibility: {}, density: 'standard' }

function read(): ListPreferences {
  try {
    const raw = window.localStorage.getItem(LIST_PREFERENCES_KEY)
    if (raw === null) return defaults
    const parsed = preferencesSchema.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : defaults
  } catch {
    return defaults
  }
}

function write(preferences: ListPreferences) {
  try {
    window.localStorage.setItem(LIST_PREFERENCES_KEY, JSON.stringify(preferences))
  } catch {
    // not remembered, but still applied for this visit
  }
}

export function useListPreferences() {
  const [preferences, setPreferences] = useState(read)

  const change = useCallback((patch: Partial<ListPreferences>) => {
    setPreferences((current) => {
      const next = { ...current, ...patch }
      write(next)
      return next
    })
  }, [])

  const setColumnVisible = useCallback(
    (columnId: string, visible: boolean) =>
      setPreferences((current) => {
        const next = { ...current, visibility: { ...current.visibility, [columnId]: visible } }
        write(next)
        return next
      }),
    [],
  )

  const setDensity = useCallback((density: Density) => change({ density }), [change])

  return {
    visibility: preferences.visibility,
    density: preferences.density,
    setDensity,
    setColumnVisible,
  }
}
