import { useQuery } from '@tanstack/react-query'
import { Controller, useFormContext } from 'react-hook-form'
import type { User } from '../../../api/schemas/common'
import { useTranslation } from '../../../lib/i18n'
import { userDirectoryQuery } from '../api/directory-queries'
import { lookupQueries } from '../api/lookup-queries'
import { userFullName } from '../shared/contact-names'
import { userNameResolver } from '../shared/user-names'
import type { ContactFormValues, CustomFieldName } from './contact-form-values'
import { LookupPicker } from './lookup-picker'
import { useErrorText } from './use-error-text'

/**
 * A user-type custom field: a person picker over the users the API lists. The form holds the user's id
 * (what the API stores); the picker shows the person, or "Unknown user (id)" for an id the API does not list.
 */
export function UserFieldInput({ name, label }: { name: CustomFieldName; label: string }) {
  const { t } = useTranslation('common')
  const { control } = useFormContext<ContactFormValues>()
  const errorText = useErrorText()
  const directory = useQuery({ ...userDirectoryQuery(), throwOnError: false })
  const users = directory.isError ? [] : directory.data
  const nameOf = userNameResolver(users, (id) => t('unknownUser', { id }))
  const asUser = (id: string): User =>
    users?.find((user) => user.id === id) ?? {
      id,
      first_name: nameOf(id),
      last_name: '',
      email: '',
      type: 'user',
      space: { id: '', name: '' },
    }
  return (
    <Controller
      name={name}
      control={control}
      render={({ field, fieldState }) => {
        const id = typeof field.value === 'string' ? field.value.trim() : ''
        return (
          <LookupPicker
            label={label}
            value={id === '' ? null : asUser(id)}
            onChange={(user) => field.onChange(user?.id ?? '')}
            onBlur={field.onBlur}
            name={field.name}
            inputRef={field.ref}
            errorText={errorText(fieldState.error)}
            query={lookupQueries.users}
            getLabel={userFullName}
            getDetail={(user) => user.email || null}
          />
        )
      }}
    />
  )
}
