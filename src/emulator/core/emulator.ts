import { createFaultController, faultResponse, type FaultController } from './faults'
import { createLookups } from './lookups'
import { ApiError, messageResponse } from './responses'
import { matchRoute } from './routes/router'
import { createSeedState, DEFAULT_CONTACT_COUNT, DEFAULT_SEED } from './seed/create-seed-state'
import type { EmulatorRequest, EmulatorResponse, EmulatorState } from './types'

export interface EmulatorOptions {
  contactCount?: number
  seed?: number
  /** Start from this state (e.g. loaded from disk) instead of the seed; it is copied, not shared. */
  state?: EmulatorState
  latencyMs?: number
  /** Clock for write stamps and `now`/`today` in filters; tests pin it. Defaults to Date.now. */
  clock?: () => number
}

export interface Emulator {
  handle(req: EmulatorRequest): Promise<EmulatorResponse>
  faults: FaultController
  setLatency(ms: number): void
  /** A deep copy of the current state (JSON-serialisable). */
  getState(): EmulatorState
  /** Back to the seed the emulator was created with; also clears faults. */
  reset(): void
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
export const isMutatingMethod = (method: string): boolean => MUTATING.has(method.toUpperCase())

function normalisePath(path: string): string {
  const withLeading = path.startsWith('/') ? path : `/${path}`
  return withLeading.length > 1 ? withLeading.replace(/\/+$/, '') : withLeading
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const seed = options.seed ?? options.state?.seed ?? DEFAULT_SEED
  const contactCount = options.contactCount ?? DEFAULT_CONTACT_COUNT
  const clock = options.clock ?? Date.now
  let state: EmulatorState = options.state
    ? structuredClone(options.state)
    : createSeedState(seed, contactCount)
  let latencyMs = Math.max(0, options.latencyMs ?? 0)
  const faults = createFaultController()

  function dispatch(req: EmulatorRequest): EmulatorResponse {
    const method = req.method.toUpperCase()
    const path = normalisePath(req.path)
    const fault = faults.take(method, path)
    if (fault) return faultResponse(fault)
    const match = matchRoute(path)
    if (!match) return messageResponse(404, `The route api/v1${path} could not be found.`)
    const handler = match.route.methods[method]
    if (!handler) {
      const allowed = Object.keys(match.route.methods).join(', ')
      return messageResponse(
        405,
        `The ${method} method is not supported for route api/v1${path}. Supported methods: ${allowed}.`,
        {
          Allow: allowed,
        },
      )
    }
    try {
      return handler({
        state,
        lookups: createLookups(state),
        now: clock(),
        query: req.query,
        body: req.body,
        params: match.params,
      })
    } catch (error) {
      if (error instanceof ApiError) return messageResponse(error.status, error.message, error.headers)
      return messageResponse(500, 'Server Error')
    }
  }

  return {
    async handle(req) {
      if (latencyMs > 0) await sleep(latencyMs)
      return dispatch(req)
    },
    faults,
    setLatency(ms) {
      latencyMs = Math.max(0, ms)
    },
    getState: () => structuredClone(state),
    reset() {
      state = createSeedState(seed, contactCount)
      faults.clear()
    },
  }
}
