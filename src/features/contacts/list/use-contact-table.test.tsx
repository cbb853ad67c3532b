import { renderHook, waitFor } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { useFlagUrls } from '../shared/use-flag-urls'
import { useContactTable } from './use-contact-table'

const NO_CUSTOM_FIELDS: never[] = []
const ALL_DEFAULT = {}

test('the flag table arriving leaves the columns as they are, so no row renders again for it', async () => {
  const { result } = renderHook(
    () => ({
      columns: useContactTable({
        rows: undefined,
        customFields: NO_CUSTOM_FIELDS,
        storedVisibility: ALL_DEFAULT,
        selectionScope: '',
      }).table.columns,
      flags: useFlagUrls(),
    }),
    { wrapper: MemoryRouter },
  )
  expect(result.current.flags).toBeNull()
  const columns = result.current.columns
  expect(columns.length).toBeGreaterThan(0)
  // The table's chunk imports ~250 SVG URLs: slow to transform on a busy machine.
  await waitFor(() => expect(result.current.flags).not.toBeNull(), { timeout: 10_000 })
  expect(result.current.columns).toBe(columns)
})
