import type { ListResource } from '../list/list-resource'
import { listResponse } from '../list/list-response'
import { ApiError, jsonResponse } from '../responses'
import { userData } from '../serialize'
import type { EmulatorResponse } from '../types'
import {
  archiveContact,
  createContact,
  listContacts,
  restoreContact,
  showContact,
  updateContact,
} from './contact-routes'
import {
  clientResource,
  companyResource,
  countryResource,
  customFieldResource,
  userResource,
} from './lookup-resources'
import type { Route, RouteContext, RouteHandler } from './route-context'

function list<T>(resource: (ctx: RouteContext) => ListResource<T>): RouteHandler {
  return (ctx) => listResponse(resource(ctx), ctx.query, { meId: ctx.state.me_id, now: ctx.now })
}

function whoami(ctx: RouteContext): EmulatorResponse {
  const me = ctx.lookups.users.get(ctx.state.me_id)
  if (!me) throw new ApiError(401, 'Unauthenticated.')
  return jsonResponse(200, userData(me, ctx.lookups))
}

const route = (path: string, methods: Route['methods']): Route => {
  const params: string[] = []
  const source = path.replace(/\{(\w+)\}/g, (_, name: string) => {
    params.push(name)
    return '([^/]+)'
  })
  return { pattern: new RegExp(`^${source}$`), params, methods }
}

export const routes: Route[] = [
  route('/whoami', { GET: whoami }),
  route('/contacts', { GET: listContacts, POST: createContact }),
  route('/contacts/{id}', {
    GET: showContact,
    PUT: updateContact,
    PATCH: updateContact,
    DELETE: archiveContact,
  }),
  route('/contacts/{id}/restore', { POST: restoreContact, PUT: restoreContact, PATCH: restoreContact }),
  route('/users', { GET: list((ctx) => userResource(ctx.lookups)) }),
  route('/clients', { GET: list((ctx) => clientResource(ctx.lookups)) }),
  route('/companies', { GET: list((ctx) => companyResource(ctx.lookups)) }),
  route('/countries', { GET: list(() => countryResource()) }),
  route('/custom-fields', { GET: list((ctx) => customFieldResource(ctx.lookups)) }),
]

export interface RouteMatch {
  route: Route
  params: Record<string, string>
}

export function matchRoute(path: string): RouteMatch | null {
  for (const candidate of routes) {
    const m = candidate.pattern.exec(path)
    if (!m) continue
    const params: Record<string, string> = {}
    candidate.params.forEach((name, i) => {
      const raw = m[i + 1] ?? ''
      try {
        params[name] = decodeURIComponent(raw)
      } catch {
        params[name] = raw
      }
    })
    return { route: candidate, params }
  }
  return null
}
