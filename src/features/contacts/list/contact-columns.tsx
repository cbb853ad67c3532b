/**
 * Column definitions of the contact list for @tanstack/react-table. `meta.sortFields` names the API sort
 * keys a header may offer: only what the contract allows, so one page is never sorted on the client.
 */
import type { ColumnDef, RowData } from '@tanstack/react-table'
import type { TFunction } from '../../../lib/i18n'
import type { Contact } from '../../../api/schemas/contact'
import { CUSTOM_FIELD_PREFIX } from '../../../contract/kanbert-contract'
import type { CustomFieldInfo } from '../shared/custom-field-kinds'
import {
  ClientCell,
  CompaniesCell,
  contactPhone,
  CountryCell,
  EmailCell,
  NameCell,
  OwnerCell,
  PhoneCell,
  TimestampCell,
} from './contact-cells'
import { formatCustomFieldValue } from './format-custom-field'

export interface SortFieldOption {
  field: string
  label: string
}

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Plain-text column name for the column chooser and the phone cards. */
    label: string
    sortFields?: SortFieldOption[]
    /** Shown only after the user turns it on. */
    defaultHidden?: boolean
    /** True when the cell would be blank (the phone cards then leave the line out). */
    isEmpty?: (contact: Contact) => boolean
  }
}

export const SELECT_COLUMN_ID = 'select'
export const NAME_COLUMN_ID = 'name'
const CUSTOM_COLUMN_PREFIX = 'cf:'

export function customFieldLabel(field: Pick<CustomFieldInfo, 'alias' | 'title'>) {
  return field.title ?? field.alias
}

export function buildContactColumns(
  t: TFunction<'list'>,
  customFields: readonly CustomFieldInfo[],
): ColumnDef<Contact>[] {
  const column = (
    id: string,
    label: string,
    render: (contact: Contact) => React.ReactNode,
    extra: Omit<NonNullable<ColumnDef<Contact>['meta']>, 'label'> = {},
  ): ColumnDef<Contact> => ({
    id,
    header: label,
    cell: ({ row }) => render(row.original),
    enableHiding: id !== NAME_COLUMN_ID,
    meta: { label, ...extra },
  })

  return [
    column(NAME_COLUMN_ID, t('columns.name'), (contact) => <NameCell contact={contact} />, {
      sortFields: [
        { field: 'last_name', label: t('columns.lastName') },
        { field: 'first_name', label: t('columns.firstName') },
      ],
    }),
    column('email', t('columns.email'), (contact) => <EmailCell contact={contact} />, {
      isEmpty: (contact) => !contact.email,
    }),
    column('phone', t('columns.phone'), (contact) => <PhoneCell contact={contact} />, {
      isEmpty: (contact) => !contactPhone(contact),
    }),
    column('client', t('columns.client'), (contact) => <ClientCell contact={contact} />, {
      isEmpty: (contact) => !contact.client,
    }),
    column('owner', t('columns.owner'), (contact) => <OwnerCell contact={contact} />, {
      isEmpty: (contact) => !contact.owner,
    }),
    column('country', t('columns.country'), (contact) => <CountryCell contact={contact} />, {
      isEmpty: (contact) => !contact.address_country,
    }),
    column('companies', t('columns.companies'), (contact) => <CompaniesCell contact={contact} />, {
      isEmpty: (contact) => (contact.companies ?? []).length === 0,
    }),
    column('updated_at', t('columns.updatedAt'), (contact) => <TimestampCell value={contact.updated_at} />),
    column('created_at', t('columns.createdAt'), (contact) => <TimestampCell value={contact.created_at} />, {
      sortFields: [{ field: 'created_at', label: t('columns.createdAt') }],
      // Not among the columns staff asked for; offered in the column chooser (and the phone sort menu).
      defaultHidden: true,
    }),
    ...customFields.map((field) =>
      column(
        `${CUSTOM_COLUMN_PREFIX}${field.alias}`,
        customFieldLabel(field),
        (contact) => formatCustomFieldValue(contact.custom_fields[field.alias], field.kind, t),
        {
          sortFields: [{ field: `${CUSTOM_FIELD_PREFIX}${field.alias}`, label: customFieldLabel(field) }],
          defaultHidden: true,
          isEmpty: (contact) =>
            formatCustomFieldValue(contact.custom_fields[field.alias], field.kind, t) === '',
        },
      ),
    ),
  ]
}

/** Default visibility merged with the user's stored choices. */
export function columnVisibility(columns: readonly ColumnDef<Contact>[], stored: Record<string, boolean>) {
  const visibility: Record<string, boolean> = {}
  for (const column of columns) {
    if (!column.id) continue
    visibility[column.id] = stored[column.id] ?? !column.meta?.defaultHidden
  }
  return visibility
}
