import { z } from 'zod'
import { jsonResponse, messageResponse, validationResponse } from './responses'
import type { EmulatorResponse } from './types'

/** Where a `login-redirect` fault points; adapters prefix it with the app's base path. */
export const LOGIN_PAGE_PATH = '__emulator/login'

export const faultKinds = ['401', '403', '404', '422', '429', '500', 'malformed', 'login-redirect'] as const

/**
 * A fault for the next `count` matching requests. JSON shape accepted by `POST <base>__emulator/faults`:
 * `{"kind": 429, "count": 2, "method": "GET", "path": "/contacts", "retryAfterSeconds": 5}`.
 */
export const faultSpecSchema = z.object({
  kind: z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.enum(faultKinds)),
  count: z.number().int().min(1).default(1),
  /** Only requests with this method (any when absent). */
  method: z.string().optional(),
  /** Only requests whose path (after the API base) starts with this, e.g. `/contacts`. */
  path: z.string().optional(),
  /** For 422: the `errors` object; for others: overrides the message. */
  errors: z.record(z.string(), z.array(z.string())).optional(),
  message: z.string().optional(),
  /** For 429: the `Retry-After` header. */
  retryAfterSeconds: z.number().int().min(0).default(30),
})

export type FaultSpec = z.output<typeof faultSpecSchema>
export type FaultSpecInput = z.input<typeof faultSpecSchema>

export interface FaultController {
  /** Queues a fault; throws a ZodError for an invalid spec. */
  inject(spec: FaultSpecInput): void
  clear(): void
  /** Faults still waiting, with their remaining counts. */
  pending(): FaultSpec[]
  /** Consumes one use of the first fault matching this request. */
  take(method: string, path: string): FaultSpec | null
}

export function createFaultController(): FaultController {
  let queue: FaultSpec[] = []
  return {
    inject: (spec) => {
      queue.push(faultSpecSchema.parse(spec))
    },
    clear: () => {
      queue = []
    },
    pending: () => queue.map((f) => ({ ...f })),
    take: (method, path) => {
      const fault = queue.find(
        (f) => (!f.method || f.method.toUpperCase() === method) && (!f.path || path.startsWith(f.path)),
      )
      if (!fault) return null
      fault.count -= 1
      if (fault.count <= 0) queue = queue.filter((f) => f !== fault)
      return { ...fault }
    },
  }
}

const DEFAULT_422 = { email: ['The email field must be a valid email address.'] }

export function faultResponse(fault: FaultSpec): EmulatorResponse {
  switch (fault.kind) {
    case '401':
      return messageResponse(401, fault.message ?? 'Unauthenticated.')
    case '403':
      return messageResponse(403, fault.message ?? 'This action is unauthorized.')
    case '404':
      return messageResponse(404, fault.message ?? 'Not Found')
    case '422':
      return validationResponse(fault.errors ?? DEFAULT_422)
    case '429':
      return messageResponse(429, fault.message ?? 'Too Many Attempts.', {
        'Retry-After': String(fault.retryAfterSeconds),
        'X-RateLimit-Limit': '60',
        'X-RateLimit-Remaining': '0',
      })
    case '500':
      return messageResponse(500, fault.message ?? 'Server Error')
    case 'malformed':
      // Claims JSON, but the body is cut off mid-document, as after a dropped connection.
      return {
        ...jsonResponse(200, null),
        body: '{"data":[{"id":"9c1f4e2a-7b3d-4c55-9a0e-1f2b3c4d5e01","first_name":"An',
      }
    case 'login-redirect':
      return { status: 302, headers: { Location: `/${LOGIN_PAGE_PATH}` }, body: null }
  }
}

/** What the SSO proxy's login page answers after the redirect (HTML, status 200). */
export const LOGIN_PAGE_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in</title></head>' +
  '<body><h1>Sign in to Kanbert</h1><form method="post"><input name="email" type="email"></form></body></html>'
