/**
 * "Add filter" dialog (a lazily loaded chunk): field grouped by topic, the operators the contract allows
 * for its type in words, and a value input that fits the type. Given a condition, it edits that one
 * ("Edit filter", with a way to remove it).
 */
import { useState, type SyntheticEvent } from 'react'
import { useTranslation } from '../../../lib/i18n'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import ListSubheader from '@mui/material/ListSubheader'
import MenuItem from '@mui/material/MenuItem'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import useMediaQuery from '@mui/material/useMediaQuery'
import { useTheme } from '@mui/material/styles'
import { CUSTOM_FIELD_PREFIX } from '../../../contract/kanbert-contract'
import type { FilterCondition } from '../../../lib/filter'
import type { CustomFieldInfo } from '../shared/custom-field-kinds'
import { customFieldLabel } from './contact-columns'
import { conditionToDraft, draftToCondition, emptyDraft, type FilterDraft } from './filter-draft'
import { fieldGroups, operatorsFor, optionsFor, valueInputFor } from './filter-fields'
import { FilterValueInput } from './filter-value-input'
import { useFieldLabel, useValueLabel } from './use-condition-label'
import { useOperatorLabel } from './use-operator-label'

export default function FilterPanel({
  customFields,
  conditions,
  at,
  onChange,
  onClose,
}: {
  customFields: readonly CustomFieldInfo[]
  /** The active conditions. */
  conditions: readonly FilterCondition[]
  /** The index of the condition to edit; out of range (-1) to add one. */
  at: number
  onChange: (conditions: FilterCondition[]) => void
  onClose: () => void
}) {
  const { t } = useTranslation(['listTools', 'list'])
  const fullScreen = useMediaQuery(useTheme().breakpoints.down('sm'))
  const fieldLabel = useFieldLabel(customFields)
  const operatorLabel = useOperatorLabel()
  const editing = conditions[at]
  const valueLabel = useValueLabel(editing ? [editing] : [], customFields)
  const [draft, setDraft] = useState<FilterDraft>(() =>
    editing
      ? conditionToDraft(editing, valueInputFor(editing.field, editing.op, customFields), (value) =>
          valueLabel(editing, value),
        )
      : emptyDraft,
  )
  const [error, setError] = useState<string | undefined>()
  const operators = draft.field ? operatorsFor(draft.field, customFields) : []
  const input = draft.field && draft.op ? valueInputFor(draft.field, draft.op, customFields) : 'none'

  const change = (patch: Partial<FilterDraft>) => {
    setError(undefined)
    setDraft((current) => ({ ...current, ...patch }))
  }
  const chooseField = (field: string) =>
    change({ ...emptyDraft, field, op: operatorsFor(field, customFields)[0] ?? '' })
  const close = () => {
    setDraft(emptyDraft)
    setError(undefined)
    onClose()
  }
  const submit = (event: SyntheticEvent) => {
    event.preventDefault()
    const result = draftToCondition(draft, input)
    if ('error' in result) {
      setError(t(`filterPanel.${result.error}`))
      return
    }
    const next = [...conditions]
    next.splice(editing ? at : next.length, 1, result.condition)
    onChange(next)
    close()
  }

  const fieldItems = [
    ...Object.entries(fieldGroups).flatMap(([group, fields]) => [
      <ListSubheader key={group}>{t(`filterPanel.groups.${group}`, { defaultValue: group })}</ListSubheader>,
      ...fields.map((field) => (
        <MenuItem key={field} value={field}>
          {fieldLabel(field)}
        </MenuItem>
      )),
    ]),
    ...(customFields.length > 0
      ? [
          <ListSubheader key="custom">{t('filterPanel.groups.custom')}</ListSubheader>,
          ...customFields.map((info) => (
            <MenuItem key={info.alias} value={`${CUSTOM_FIELD_PREFIX}${info.alias}`}>
              {customFieldLabel(info)}
            </MenuItem>
          )),
        ]
      : []),
  ]

  return (
    <Dialog
      open
      onClose={close}
      fullScreen={fullScreen}
      maxWidth="sm"
      fullWidth
      aria-labelledby="filter-panel-title"
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id="filter-panel-title">
          {editing ? t('filterPanel.editTitle') : t('filterPanel.title')}
        </DialogTitle>
        <DialogContent>
          <Stack sx={{ gap: 2, pt: 1 }}>
            <TextField
              select
              label={t('filterPanel.field')}
              value={draft.field}
              onChange={(event) => chooseField(event.target.value)}
              slotProps={{ select: { MenuProps: { slotProps: { paper: { sx: { maxHeight: 420 } } } } } }}
            >
              {fieldItems}
            </TextField>
            {draft.field ? (
              <TextField
                select
                label={t('filterPanel.operator')}
                value={draft.op}
                onChange={(event) => change({ op: event.target.value, list: [], picked: [] })}
              >
                {operators.map((op) => (
                  <MenuItem key={op} value={op}>
                    {operatorLabel(op, valueInputFor(draft.field, op, customFields))}
                  </MenuItem>
                ))}
              </TextField>
            ) : null}
            {draft.field && draft.op ? (
              <FilterValueInput
                key={`${draft.field}-${draft.op}`}
                input={input}
                options={optionsFor(draft.field, customFields) ?? []}
                draft={draft}
                onChange={change}
                error={error}
              />
            ) : null}
          </Stack>
        </DialogContent>
        <DialogActions>
          {editing ? (
            <Button
              color="error"
              onClick={() => {
                onChange(conditions.filter((_, index) => index !== at))
                close()
              }}
              sx={{ mr: 'auto' }}
            >
              {t('filterPanel.remove')}
            </Button>
          ) : null}
          <Button onClick={close}>{t('filterPanel.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={!draft.field || !draft.op}>
            {editing ? t('filterPanel.apply') : t('filterPanel.add')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  )
}
