/**
 * Saving: validate → minimal diff → (edit) conflict check against a fresh copy → mutation → UI effects.
 * Every failure keeps the form exactly as typed and says what happened; nothing is retried silently
 * except a rate limit, whose countdown is shown.
 */
import { useState, type RefObject } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import type { UseFormReturn } from 'react-hook-form'
import { useTranslation } from '../../../lib/i18n'
import type { Contact } from '../../../api/schemas/contact'
import { useNotify } from '../../../components/notifications'
import type { CustomFieldInfo } from '../shared/custom-field-kinds'
import { keysToSend, type Choice } from './conflict'
import { changedKeys, type FieldKey } from './contact-diff'
import type { ContactFormValues } from './contact-form-values'
import { normalizeContact } from './contact-normalize'
import { fetchConflict, type ServerConflict } from './fetch-conflict'
import type { FormSession } from './form-session'
import { placeServerErrors } from './place-server-errors'
import { classifySaveError, type SaveProblem } from './save-problem'
import { useRetryCountdown } from './use-retry-countdown'
import { useSendContact } from './use-send-contact'

interface Options {
  contactId: string | null
  fields: readonly CustomFieldInfo[]
  form: UseFormReturn<ContactFormValues>
  session: RefObject<FormSession>
  onSaved: (contact: Contact) => void
  onSessionExpired: () => void
}

export function useContactSave({ contactId, fields, form, session, onSaved, onSessionExpired }: Options) {
  const { t } = useTranslation('form')
  const notify = useNotify()
  const queryClient = useQueryClient()
  const { send, sending } = useSendContact(contactId)
  const [checking, setChecking] = useState(false)
  const [problem, setProblem] = useState<SaveProblem | null>(null)
  const [forbidden, setForbidden] = useState(false)
  const [conflict, setConflict] = useState<ServerConflict | null>(null)

  const fail = (error: unknown) => {
    const failure = classifySaveError(error)
    if (failure.kind === 'invalid') {
      setProblem({ kind: 'validation', unplaced: placeServerErrors(form, fields, failure.fieldErrors) })
    } else if (failure.kind === 'forbidden') {
      setForbidden(true)
    } else {
      if (failure.problem.kind === 'sessionExpired') onSessionExpired()
      setProblem(failure.problem)
    }
  }

  /** Runs one step of saving with the pending flag on and failures put into words. */
  const attempt = async (step: () => Promise<void>) => {
    setChecking(true)
    try {
      await step()
    } catch (error) {
      fail(error)
    } finally {
      setChecking(false)
    }
  }

  const submit = form.handleSubmit(async (values) => {
    setProblem(null)
    const mine = normalizeContact(values, fields)
    const keys = changedKeys(session.current.base, mine)
    if (keys.length === 0) {
      notify({ id: 'nothing-to-save', message: t('status.nothingToSave'), severity: 'info' })
      return
    }
    await attempt(async () => {
      const found = contactId
        ? await fetchConflict(queryClient, contactId, session.current, mine, fields)
        : null
      if (found) setConflict(found)
      else onSaved(await send(mine, keys))
    })
  })

  const resolveConflict = async (choices: Partial<Record<FieldKey, Choice>>) => {
    if (!conflict) return
    setConflict(null)
    const keys = keysToSend(conflict, choices)
    // Everything kept as they have it: nothing to send, their version is the result.
    if (keys.length === 0) return onSaved(conflict.fresh)
    await attempt(async () => onSaved(await send(conflict.mine, keys)))
  }

  const trySave = () => void submit()

  // 429: count down, then try again by itself; the form stays as typed meanwhile.
  useRetryCountdown(
    problem?.kind === 'rateLimited' ? problem : null,
    (seconds) => setProblem({ kind: 'rateLimited', seconds }),
    trySave,
  )

  return {
    submit: trySave,
    pending: checking || sending,
    problem,
    dismissProblem: () => setProblem(null),
    forbidden,
    conflict,
    resolveConflict: (choices: Partial<Record<FieldKey, Choice>>) => void resolveConflict(choices),
    cancelConflict: () => setConflict(null),
  }
}
