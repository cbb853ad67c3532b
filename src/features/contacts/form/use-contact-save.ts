/**
 * Saving: validate → minimal diff → (edit) conflict check against a fresh copy → mutation → UI effects.
 * Every failure keeps the form exactly as typed and says what happened; nothing is retried silently
 * except a rate limit, whose countdown is shown.
 */
import { useCallback, useEffect, useState, type RefObject } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import type { UseFormReturn } from 'react-hook-form'
import { useTranslation } from '../../../lib/i18n'
import type { Contact } from '../../../api/schemas/contact'
import { useNotify } from '../../../components/notifications'
import {
  HttpError,
  NetworkError,
  RateLimitError,
  SessionExpiredError,
  ValidationError,
} from '../../../lib/api-errors'
import { useCreateContact, useUpdateContact } from '../api/contact-mutations'
import { contactQueries } from '../api/contact-queries'
import type { CustomFieldInfo } from '../shared/custom-field-kinds'
import { findConflict, keysToSend, type Choice, type Conflict } from './conflict'
import { changedKeys, toContactWrite, type FieldKey } from './contact-diff'
import { contactToFormValues, type ContactFormValues } from './contact-form-values'
import { normalizeContact, type NormalizedContact } from './contact-normalize'
import { mapServerErrors, type UnplacedError } from './server-errors'
import { topmostField } from './topmost-field'

/** What the form was opened from: the diff base and the version the conflict check compares with. */
export interface FormSession {
  base: NormalizedContact
  /** The same base as form values (stored with a draft, so a restore can still diff against it). */
  baseValues: ContactFormValues
  openedAt: string | null
}

export type SaveProblem =
  | { kind: 'validation'; unplaced: UnplacedError[] }
  | { kind: 'rateLimited'; seconds: number }
  | { kind: 'server' | 'network' | 'gone' | 'sessionExpired' }
  | { kind: 'unexpected'; error: unknown }

const DEFAULT_RETRY_SECONDS = 5

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
  const update = useUpdateContact()
  const create = useCreateContact()
  const [checking, setChecking] = useState(false)
  const [problem, setProblem] = useState<SaveProblem | null>(null)
  const [forbidden, setForbidden] = useState(false)
  const [conflict, setConflict] = useState<(Conflict & { fresh: Contact }) | null>(null)

  const fail = (error: unknown) => {
    if (error instanceof ValidationError) {
      const { placed, unplaced } = mapServerErrors(error.fieldErrors, {
        customAliases: new Set(fields.map((field) => field.alias)),
        companyCount: form.getValues('companies').length,
      })
      for (const { path, message } of placed) form.setError(path, { type: 'server', message })
      const first = topmostField(placed.map((error) => error.path))
      if (first) form.setFocus(first, { shouldSelect: false })
      setProblem({ kind: 'validation', unplaced })
    } else if (error instanceof RateLimitError) {
      setProblem({ kind: 'rateLimited', seconds: error.retryAfterSeconds ?? DEFAULT_RETRY_SECONDS })
    } else if (error instanceof HttpError && error.status === 403) {
      setForbidden(true)
    } else if (error instanceof HttpError && error.status === 404) {
      setProblem({ kind: 'gone' })
    } else if (error instanceof HttpError && error.status >= 500) {
      setProblem({ kind: 'server' })
    } else if (error instanceof NetworkError) {
      setProblem({ kind: 'network' })
    } else if (error instanceof SessionExpiredError) {
      onSessionExpired()
      setProblem({ kind: 'sessionExpired' })
    } else {
      setProblem({ kind: 'unexpected', error })
    }
  }

  const send = async (values: NormalizedContact, keys: readonly FieldKey[]) => {
    const body = toContactWrite(values, keys)
    const saved = contactId
      ? await update.mutateAsync({ id: contactId, body })
      : await create.mutateAsync(body)
    onSaved(saved)
  }

  const submit = form.handleSubmit(async (values) => {
    setProblem(null)
    const mine = normalizeContact(values, fields)
    const { base, openedAt } = session.current
    const keys = changedKeys(base, mine)
    if (keys.length === 0) {
      notify({ id: 'nothing-to-save', message: t('status.nothingToSave'), severity: 'info' })
      return
    }
    setChecking(true)
    try {
      if (contactId) {
        const fresh = await queryClient.query({ ...contactQueries.detail(contactId), staleTime: 0 })
        if (fresh.updated_at !== openedAt) {
          const theirs = normalizeContact(contactToFormValues(fresh, fields), fields)
          setConflict({ ...findConflict(base, mine, theirs, fresh.updated_at), fresh })
          return
        }
      }
      await send(mine, keys)
    } catch (error) {
      fail(error)
    } finally {
      setChecking(false)
    }
  })

  const resolveConflict = async (choices: Partial<Record<FieldKey, Choice>>) => {
    if (!conflict) return
    setConflict(null)
    const keys = keysToSend(conflict, choices)
    // Everything kept as they have it: nothing to send, their version is the result.
    if (keys.length === 0) return onSaved(conflict.fresh)
    setChecking(true)
    try {
      await send(conflict.mine, keys)
    } catch (error) {
      fail(error)
    } finally {
      setChecking(false)
    }
  }

  const retry = useCallback(() => void submit(), [submit])

  // 429: count down, then try again by itself; the form stays as typed meanwhile.
  useEffect(() => {
    if (problem?.kind !== 'rateLimited') return
    const timer = setTimeout(() => {
      if (problem.seconds <= 1) retry()
      else setProblem({ kind: 'rateLimited', seconds: problem.seconds - 1 })
    }, 1000)
    return () => clearTimeout(timer)
  }, [problem, retry])

  return {
    submit: retry,
    pending: checking || update.isPending || create.isPending,
    problem,
    dismissProblem: () => setProblem(null),
    forbidden,
    conflict,
    resolveConflict: (choices: Partial<Record<FieldKey, Choice>>) => void resolveConflict(choices),
    cancelConflict: () => setConflict(null),
  }
}
