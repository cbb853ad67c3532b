import { act, screen } from '@testing-library/react'
import { onlineManager } from '@tanstack/react-query'
import { renderApp } from '../../../test/render'
import { recordRequests } from './session-test-helpers'
vi.setConfig({ testTimeout: 90_000 })
test('probe', async () => {
  const { queryClient } = renderApp('/contacts')
  await screen.findAllByRole('row', {}, { timeout: 20000 })
  act(() => onlineManager.setOnline(false))
  const requests = recordRequests()
  const q = queryClient.getQueryCache().getAll()[0]
  console.info('online?', onlineManager.isOnline(), q?.options.networkMode, q?.queryKey)
  await act(async () => {
    void queryClient.invalidateQueries()
    await new Promise((resolve) => setTimeout(resolve, 200))
  })
  console.info('requests', requests, queryClient.getQueryCache().getAll().map((x) => x.state.fetchStatus))
  onlineManager.setOnline(true)
})
