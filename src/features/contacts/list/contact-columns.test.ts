import type { ContactColumn } from './contact-columns'
import { NAME_COLUMN_ID, visibleColumns } from './contact-columns'

const column = (id: string, defaultHidden = false): ContactColumn => ({
  id,
  label: id,
  cell: () => null,
  width: 150,
  minWidth: 110,
  sortFields: [],
  hideable: id !== NAME_COLUMN_ID,
  defaultHidden,
})
const columns = [column(NAME_COLUMN_ID), column('email'), column('created_at', true)]
const ids = (stored: Record<string, boolean>) => visibleColumns(columns, stored).map(({ id }) => id)

test('shows each column by its default until the user chose otherwise', () => {
  expect(ids({})).toEqual(['name', 'email'])
  expect(ids({ email: false, created_at: true })).toEqual(['name', 'created_at'])
})

test('keeps the name column whatever the stored choice says', () => {
  expect(ids({ name: false })).toEqual(['name', 'email'])
})
