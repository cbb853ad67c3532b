import { useEffect, useMemo, useRef, type RefObject } from 'react'
import type { UseFormReturn } from 'react-hook-form'
import type { ContactFormValues } from './contact-form-values'
import { clearDraft, saveDraft, type DraftId } from './draft-storage'
import type { FormSession } from './form-session'

const AUTOSAVE_DELAY_MS = 600

/**
 * Keeps the current draft in sessionStorage while the form differs from its base (and removes it when
 * the user undoes their edits). Writes are debounced; leaving the page writes at once.
 */
export function useDraftAutosave(options: {
  form: UseFormReturn<ContactFormValues>
  draftId: DraftId
  /** The signed-in user's id, stored with the draft (see draft-storage.ts). */
  owner: string | null
  session: RefObject<FormSession>
  hasChanges: (values: ContactFormValues) => boolean
}) {
  const { form, draftId, owner, session, hasChanges } = options
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const controls = useMemo(() => {
    const write = () => {
      clearTimeout(timer.current)
      const values = form.getValues()
      if (!hasChanges(values)) return clearDraft(draftId)
      saveDraft(draftId, {
        owner,
        values,
        base: session.current.baseValues,
        basedOn: session.current.openedAt,
      })
    }
    return {
      /** Write now (the session expired, the page is being left). */
      flush: write,
      /** Drop a pending write: the draft is about to be cleared after a save or a discard. */
      stop: () => clearTimeout(timer.current),
      schedule: () => {
        clearTimeout(timer.current)
        timer.current = setTimeout(write, AUTOSAVE_DELAY_MS)
      },
    }
  }, [form, draftId, owner, session, hasChanges])

  useEffect(() => {
    const subscription = form.watch(() => controls.schedule())
    // A reload or the SSO redirect must not wait for the debounce.
    const onPageHide = () => {
      if (timer.current !== undefined) controls.flush()
    }
    window.addEventListener('pagehide', onPageHide)
    return () => {
      subscription.unsubscribe()
      window.removeEventListener('pagehide', onPageHide)
      controls.stop()
    }
  }, [form, controls])

  return { flush: controls.flush, stop: controls.stop }
}
