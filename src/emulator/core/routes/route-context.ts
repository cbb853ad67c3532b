import type { Lookups } from '../lookups'
import type { EmulatorResponse, EmulatorState } from '../types'

export interface RouteContext {
  state: EmulatorState
  lookups: Lookups
  /** Request time in ms: stamps writes and resolves `now`/`today` in filters. */
  now: number
  query: URLSearchParams
  body: unknown
  params: Record<string, string>
}

export type RouteHandler = (ctx: RouteContext) => EmulatorResponse

export interface Route {
  pattern: RegExp
  /** Names of the pattern's capture groups, in order. */
  params: string[]
  methods: Partial<Record<string, RouteHandler>>
}
