/**
 * The contact form for both edit and create. Rendered only once its data is there, so `useForm` starts
 * from real default values. Saving, drafts and the leave guard live in hooks; this file wires them up.
 */
import { useCallback, useMemo, useRef, useState } from 'react'
import { zodResolver } from '@hookform/resolvers/zod'
import { FormProvider, useForm } from 'react-hook-form'
import { useTranslation } from '../../../lib/i18n'
import { useNavigate } from 'react-router'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import type { Contact } from '../../../api/schemas/contact'
import { useNotify } from '../../../components/notifications'
import { formatDateTime } from '../../../lib/format'
import { ReadOnlyNotice } from '../../session/read-only-notice'
import { usePermissionDenied, useSaveDraftBeforeSignIn } from '../../session/use-session'
import { contactFullName } from '../shared/contact-names'
import type { CustomFieldInfo } from '../shared/custom-field-kinds'
import { AddressSection } from './address-section'
import { ConflictDialog } from './conflict-dialog'
import { changedKeys } from './contact-diff'
import { buildContactFormSchema } from './contact-form-schema'
import type { ContactFormValues } from './contact-form-values'
import { normalizeContact } from './contact-normalize'
import { CustomFieldsSection } from './custom-fields-section'
import { DateLocalization } from './date-localization'
import { DuplicatePanel } from './duplicate-panel'
import { clearDraft } from './draft-storage'
import { ExternalSection } from './external-section'
import { FormActionBar } from './form-action-bar'
import { FormAlerts } from './form-alerts'
import { formStart, freshStart } from './form-start'
import { PersonSection } from './person-section'
import { ReachSection } from './reach-section'
import { RelationsSection } from './relations-section'
import { UnsavedChangesDialog } from './unsaved-changes-dialog'
import type { FormSession } from './form-session'
import { useContactSave } from './use-contact-save'
import { useDraftAutosave } from './use-draft-autosave'
import { useFieldText } from './use-field-text'
import { useSaveShortcut } from './use-save-shortcut'
import { useUnsavedChangesGuard } from './use-unsaved-changes-guard'

/** Two columns of fields stay readable up to here; wider, the eye has too far to travel. */
export const FORM_MAX_WIDTH = 1080

export function ContactForm({
  contact,
  fields,
  draftOwner,
}: {
  contact: Contact | null
  fields: readonly CustomFieldInfo[]
  /** The signed-in user's id (useDraftOwner): drafts are theirs alone. */
  draftOwner: string | null
}) {
  const { t } = useTranslation('form')
  const notify = useNotify()
  const navigate = useNavigate()
  const draftId = contact?.id ?? 'new'
  const [start] = useState(() => formStart(draftId, draftOwner, contact, fields))
  const [restoredAt, setRestoredAt] = useState(start.restoredAt)
  const session = useRef<FormSession>({
    base: normalizeContact(start.base, fields),
    baseValues: start.base,
    openedAt: start.openedAt,
  })
  // Values as stored on the server pass validation untouched; they change with each save.
  const [stored, setStored] = useState(start.base)
  const schema = useMemo(() => buildContactFormSchema(fields, stored), [fields, stored])
  const form = useForm<ContactFormValues>({ defaultValues: start.values, resolver: zodResolver(schema) })
  const setBase = (next: ReturnType<typeof freshStart>) => {
    session.current = {
      base: normalizeContact(next.base, fields),
      baseValues: next.base,
      openedAt: next.openedAt,
    }
    setStored(next.base)
    form.reset(next.values)
  }

  const hasChanges = useCallback(
    (values: ContactFormValues) =>
      changedKeys(session.current.base, normalizeContact(values, fields)).length > 0,
    [fields],
  )
  const isDirty = useCallback(() => hasChanges(form.getValues()), [form, hasChanges])
  const draft = useDraftAutosave({ form, draftId, owner: draftOwner, session, hasChanges })
  useSaveDraftBeforeSignIn(draft.flush) // the "session expired" dialog writes the latest keystrokes
  const blocker = useUnsavedChangesGuard(isDirty)
  const text = useFieldText(fields)

  const save = useContactSave({
    contactId: contact?.id ?? null,
    fields,
    form,
    session,
    onSessionExpired: draft.flush,
    onSaved: (saved) => {
      draft.stop()
      clearDraft(draftId)
      setBase(freshStart(saved, fields))
      setRestoredAt(null)
      const name = contactFullName(saved) ?? t('title.unnamed')
      notify({ message: contact ? t('saved', { name }) : t('created', { name }), severity: 'success' })
      void navigate(`/contacts/${encodeURIComponent(saved.id)}`)
    },
  })
  // Ids of the possible duplicates on screen, and those the user chose to save despite.
  const [duplicates, setDuplicates] = useState('')
  const [acceptedDuplicates, setAcceptedDuplicates] = useState<string | null>(null)
  const [duplicatePrompt, setDuplicatePrompt] = useState(false)
  const submit = () => {
    if (duplicates !== '' && acceptedDuplicates !== duplicates) setDuplicatePrompt(true)
    else save.submit()
  }
  const archived = contact?.deleted_at != null
  const denied = usePermissionDenied(contact ? 'edit' : 'create') // a 403 earlier in this session
  const blocked = save.forbidden || archived || denied
  useSaveShortcut(submit, !blocked && !save.pending && save.conflict === null && blocker.state !== 'blocked')

  const discardDraft = () => {
    draft.stop()
    clearDraft(draftId)
    setBase(freshStart(contact, fields))
    setRestoredAt(null)
  }

  return (
    <FormProvider {...form}>
      <DateLocalization>
        <Stack
          component="form"
          noValidate
          aria-label={
            contact
              ? t('title.edit', { name: contactFullName(contact) ?? t('title.unnamed') })
              : t('title.create')
          }
          onSubmit={(event) => {
            event.preventDefault()
            submit()
          }}
          sx={{ gap: 2.5 }}
        >
          {restoredAt ? (
            <Alert
              severity="info"
              action={
                <Button color="inherit" size="small" onClick={discardDraft}>
                  {t('actions.discardDraft')}
                </Button>
              }
            >
              {t('draftRestored', { when: formatDateTime(restoredAt) })}
            </Alert>
          ) : null}
          {archived ? <Alert severity="warning">{t('archived')}</Alert> : null}
          {save.forbidden ? null : <ReadOnlyNotice actions={[contact ? 'edit' : 'create']} />}
          <FormAlerts
            problem={save.problem}
            forbidden={save.forbidden}
            serverKeyLabel={text.serverKeyLabel}
            onRetry={save.submit}
            onDismiss={save.dismissProblem}
          />
          <PersonSection />
          <ReachSection />
          <DuplicatePanel
            mode={contact ? 'edit' : 'create'}
            contactId={contact?.id ?? null}
            base={contact ? stored : null}
            onMatches={setDuplicates}
            accepted={duplicates !== '' && acceptedDuplicates === duplicates}
            prompted={duplicatePrompt}
            onAccept={() => {
              setAcceptedDuplicates(duplicates)
              setDuplicatePrompt(false)
              save.submit()
            }}
          />
          <AddressSection />
          <RelationsSection />
          <CustomFieldsSection fields={fields} />
          <ExternalSection />
          <FormActionBar
            mode={contact ? 'edit' : 'create'}
            hasChanges={hasChanges}
            pending={save.pending}
            blocked={blocked}
            onCancel={() =>
              void navigate(contact ? `/contacts/${encodeURIComponent(contact.id)}` : '/contacts')
            }
          />
        </Stack>
        {save.conflict ? (
          <ConflictDialog
            conflict={save.conflict}
            fields={fields}
            onResolve={save.resolveConflict}
            onCancel={save.cancelConflict}
          />
        ) : null}
        <UnsavedChangesDialog
          open={blocker.state === 'blocked'}
          onStay={() => blocker.reset?.()}
          onLeave={() => {
            draft.stop()
            clearDraft(draftId)
            blocker.proceed?.()
          }}
        />
      </DateLocalization>
    </FormProvider>
  )
}
