import { useEffect, useRef, useState } from 'react'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useFieldArray, useFormContext } from 'react-hook-form'
import { useTranslation } from '../../../lib/i18n'
import Autocomplete from '@mui/material/Autocomplete'
import Box from '@mui/material/Box'
import IconButton from '@mui/material/IconButton'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import BusinessIcon from '@mui/icons-material/BusinessOutlined'
import DeleteIcon from '@mui/icons-material/DeleteOutlined'
import type { Company } from '../../../api/schemas/company'
import { lookupQueries } from '../api/lookup-queries'
import type { ContactFormValues } from './contact-form-values'
import { FormTextField } from './form-text-field'
import { useDebouncedValue } from '../../../lib/use-debounced-value'
import { usePickerTexts } from './use-picker-texts'

const companyName = (company: Company) => company.company_name ?? company.id

/**
 * The contact's companies, each with the position held there. Adding is a search field (the list stays
 * short and readable, unlike chips); each linked company is a row with its position and a remove button.
 */
export function CompaniesField() {
  const { t } = useTranslation('form')
  const texts = usePickerTexts()
  const { control, setFocus } = useFormContext<ContactFormValues>()
  // keyName: our rows carry the company `id`, which useFieldArray would otherwise overwrite.
  const { fields, append, remove } = useFieldArray({ control, name: 'companies', keyName: 'key' })
  const [open, setOpen] = useState(false)
  const [input, setInput] = useState('')
  // After adding a company the cursor goes to its position, the next thing to type.
  const focusRow = useRef<number | null>(null)
  const search = useDebouncedValue(input, 250)
  const results = useQuery({
    ...lookupQueries.companies(search),
    enabled: open,
    placeholderData: keepPreviousData,
    throwOnError: false,
  })
  const linked = new Set(fields.map((field) => field.id))
  const options = (results.data ?? []).filter((company) => !linked.has(company.id))

  useEffect(() => {
    if (focusRow.current === null) return
    setFocus(`companies.${focusRow.current}.position`)
    focusRow.current = null
  }, [fields.length, setFocus])

  return (
    <Stack sx={{ gap: 2 }}>
      {fields.length === 0 ? (
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {t('companies.empty')}
        </Typography>
      ) : (
        <Stack component="ul" sx={{ listStyle: 'none', m: 0, p: 0, gap: 1.5 }}>
          {fields.map((field, index) => (
            <Box
              component="li"
              key={field.key}
              sx={{
                display: 'grid',
                gridTemplateColumns: { xs: '1fr auto', md: 'minmax(0, 1fr) minmax(0, 1fr) auto' },
                alignItems: 'center',
                gap: { xs: 1, md: 2 },
                p: 1.5,
                borderRadius: 1,
                bgcolor: 'action.hover',
              }}
            >
              <Stack direction="row" sx={{ alignItems: 'center', gap: 1, minWidth: 0 }}>
                <BusinessIcon fontSize="small" aria-hidden sx={{ color: 'text.secondary' }} />
                <Typography sx={{ fontWeight: 500, overflowWrap: 'anywhere' }}>{field.name}</Typography>
              </Stack>
              <Box sx={{ gridColumn: { xs: '1 / -1', md: 'auto' }, gridRow: { xs: 2, md: 'auto' } }}>
                <FormTextField
                  name={`companies.${index}.position`}
                  label={t('companies.positionAt', { company: field.name })}
                  size="small"
                />
              </Box>
              <IconButton
                aria-label={t('companies.remove', { company: field.name })}
                onClick={() => remove(index)}
                sx={{ gridColumn: { xs: 2, md: 'auto' }, gridRow: { xs: 1, md: 'auto' } }}
              >
                <DeleteIcon />
              </IconButton>
            </Box>
          ))}
        </Stack>
      )}
      <Autocomplete
        {...texts.autocomplete}
        open={open}
        onOpen={() => setOpen(true)}
        onClose={() => setOpen(false)}
        options={options}
        value={null}
        inputValue={input}
        onInputChange={(_event, text, reason) => setInput(reason === 'input' ? text : '')}
        onChange={(_event, company) => {
          if (!company) return
          append({ id: company.id, name: companyName(company), position: '' })
          setInput('')
          focusRow.current = fields.length
        }}
        filterOptions={(all) => all}
        loading={open && (results.isFetching || input !== search) && options.length === 0}
        getOptionLabel={companyName}
        getOptionKey={(company) => company.id}
        renderInput={(params) => (
          <TextField
            {...params}
            label={t('companies.add')}
            helperText={results.isError ? texts.loadFailed : t('companies.addHint')}
            error={results.isError}
          />
        )}
      />
    </Stack>
  )
}
