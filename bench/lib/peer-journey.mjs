/** The react-admin peer's journey, timed like ours (see its README): first row, sort, next page. */
import { BenchError, firstRowName, networkIdle, openSession, result, timedClick } from './session.mjs'

/** Cold load of the peer's list to the row holding `firstLastName` → sort by "Last name" → next page. */
export async function peerJourney(browser, peer) {
  const session = await openSession(browser, { probes: { app: 'peer', firstRowText: peer.firstLastName } })
  const { page, cdp } = session
  const out = { errors: [] }
  try {
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await page.goto(peer.url, { waitUntil: 'commit' })
    out.firstRowMs = (await result(page, 'load', 'peer: first row (cold)')).at
    await networkIdle(session)
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false })

    const sortBefore = await firstRowName(page)
    out.sortMs = (
      await timedClick(page, {
        step: 'peer: sort "Last name"',
        id: 'sort',
        predicate: 'firstRowChanged',
        arg: sortBefore,
        // react-admin names the header's button "Sort by last name ascending".
        locator: page.getByRole('columnheader').getByRole('button', { name: /^Sort by last name/ }),
      })
    ).ms
    await networkIdle(session)

    const pageBefore = await firstRowName(page)
    out.nextPageMs = (
      await timedClick(page, {
        step: 'peer: next page',
        id: 'next',
        predicate: 'firstRowChanged',
        arg: pageBefore,
        locator: page.getByRole('button', { name: 'Go to next page', exact: true }),
      })
    ).ms
    await networkIdle(session)
  } catch (error) {
    out.errors.push(
      error instanceof BenchError ? error.message : `peer: ${error instanceof Error ? error.message : error}`,
    )
  } finally {
    out.problems = session.problems.map((problem) => `peer: ${problem}`)
    await session.close()
  }
  return out
}
