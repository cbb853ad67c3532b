/** The bulk edit's choice: which field, set or clear, and the value, with the inputs the form uses. */
import FormControlLabel from '@mui/material/FormControlLabel'
import Radio from '@mui/material/Radio'
import RadioGroup from '@mui/material/RadioGroup'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import { NativeSelectField } from '../../../components/native-select-field'
import { useTranslation } from '../../../lib/i18n'
import { lookupQueries } from '../api/lookup-queries'
import { CustomFieldInput, customFieldLabel } from '../form/custom-field-input'
import { DateLocalization } from '../form/date-localization'
import { LookupPicker } from '../form/lookup-picker'
import { userFullName } from '../shared/contact-names'
import type { CustomFieldInfo } from '../shared/custom-field-kinds'
import { companyLabel, customFieldOf, CUSTOM_PREFIX, type BulkChangeDraft } from './bulk-change-draft'

const noop = () => undefined

export function BulkChangeForm({
  draft,
  onDraft,
  customFields,
}: {
  draft: BulkChangeDraft
  onDraft: (draft: BulkChangeDraft) => void
  customFields: readonly CustomFieldInfo[]
}) {
  const { t } = useTranslation('bulk')
  const set = (patch: Partial<BulkChangeDraft>) => onDraft({ ...draft, ...patch })
  const custom = customFieldOf(draft, customFields)
  const company = draft.field === 'addCompany' || draft.field === 'removeCompany'
  return (
    <Stack sx={{ gap: 2, pt: 1 }}>
      <NativeSelectField
        label={t('edit.field')}
        value={draft.field}
        onChange={(field) => set({ field, mode: 'set', company: null })}
      >
        <option value="owner">{t('edit.owner')}</option>
        <option value="client">{t('edit.client')}</option>
        <option value="addCompany">{t('edit.addCompany')}</option>
        <option value="removeCompany">{t('edit.removeCompany')}</option>
        {customFields.map((field) => (
          <option key={field.alias} value={`${CUSTOM_PREFIX}${field.alias}`}>
            {t('edit.customField', { name: customFieldLabel(field) })}
          </option>
        ))}
      </NativeSelectField>
      {company ? null : (
        <RadioGroup
          row
          aria-label={t('edit.mode')}
          value={draft.mode}
          onChange={(event) => set({ mode: event.target.value === 'clear' ? 'clear' : 'set' })}
        >
          <FormControlLabel value="set" control={<Radio />} label={t('edit.set')} />
          <FormControlLabel value="clear" control={<Radio />} label={t('edit.clear')} />
        </RadioGroup>
      )}
      {draft.mode === 'set' && draft.field === 'owner' ? (
        <LookupPicker
          name="owner"
          label={t('edit.owner')}
          value={draft.user}
          onChange={(user) => set({ user })}
          onBlur={noop}
          inputRef={null}
          errorText={undefined}
          query={lookupQueries.users}
          getLabel={userFullName}
          getDetail={(user) => user.email || null}
        />
      ) : null}
      {draft.mode === 'set' && draft.field === 'client' ? (
        <LookupPicker
          name="client"
          label={t('edit.client')}
          value={draft.client}
          onChange={(client) => set({ client })}
          onBlur={noop}
          inputRef={null}
          errorText={undefined}
          query={lookupQueries.clients}
          getLabel={(client) => client.name}
        />
      ) : null}
      {company ? (
        <LookupPicker
          name="company"
          label={t('edit.company')}
          value={draft.company}
          onChange={(picked) => set({ company: picked })}
          onBlur={noop}
          inputRef={null}
          errorText={undefined}
          query={lookupQueries.companies}
          getLabel={companyLabel}
        />
      ) : null}
      {draft.field === 'addCompany' ? (
        <TextField
          label={t('edit.position')}
          value={draft.position}
          onChange={(event) => set({ position: event.target.value })}
        />
      ) : null}
      {draft.mode === 'set' && custom ? (
        // Date fields need the pickers' localization, which the form page provides for its own inputs.
        <DateLocalization>
          <CustomFieldInput key={custom.alias} field={custom} />
        </DateLocalization>
      ) : null}
    </Stack>
  )
}
