import type { IncomingMessage, ServerResponse } from 'node:http'
import { resolve } from 'node:path'
import { loadEnv, type Connect, type Plugin, type ProxyOptions } from 'vite'
import { z } from 'zod'
import { createEmulator, isMutatingMethod, type Emulator } from '../core/emulator'
import { faultSpecSchema, LOGIN_PAGE_HTML, LOGIN_PAGE_PATH } from '../core/faults'
import { debounced, EMULATOR_DATA_FILE, loadState, saveState } from './emulator-persistence'
import { UPSTREAM_CORS_HEADERS } from '../../contract/kanbert-contract'

/**
 * Serves the Kanbert API emulator at `<base>api/v1` on the dev and preview servers, with test knobs under
 * `<base>__emulator/`. With KANBERT_API_URL set it proxies to the real API instead, adding the bearer
 * token server-side so the token never reaches the browser.
 */

const API_PREFIX = 'api/v1'
const KNOB_PREFIX = '__emulator/'

const normaliseBase = (base: string | undefined): string => {
  const raw = base ?? '/'
  const leading = raw.startsWith('/') ? raw : `/${raw}`
  return leading.endsWith('/') ? leading : `${leading}/`
}
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function proxyConfig(base: string, target: string, token: string | undefined): Record<string, ProxyOptions> {
  const prefix = `${base}${API_PREFIX}`
  const pattern = new RegExp(`^${escapeRegExp(prefix)}`)
  return {
    [`^${escapeRegExp(prefix)}(/|\\?|$)`]: {
      target: target.replace(/\/+$/, ''),
      changeOrigin: true,
      rewrite: (path) => path.replace(pattern, ''),
      headers: token ? { Authorization: `Bearer ${token}` } : {},
    },
  }
}

class BadRequest extends Error {}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)))
  const text = Buffer.concat(chunks).toString('utf8').trim()
  if (text === '') return undefined
  try {
    return JSON.parse(text)
  } catch {
    throw new BadRequest('Malformed JSON body.')
  }
}

function send(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: string | null,
): void {
  res.statusCode = status
  res.setHeader('Cache-Control', 'no-store')
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
  res.end(body ?? undefined)
}
const sendJson = (res: ServerResponse, status: number, body: unknown): void =>
  send(res, status, { 'Content-Type': 'application/json' }, JSON.stringify(body))

const latencySchema = z.object({ ms: z.number().int().min(0) })

/**
 * EMULATOR_EXPECT_TOKEN (proxy e2e): the emulator then plays the real API's part and answers 401 to any
 * request without `Authorization: Bearer <token>`, proving that the proxy adds the token and that the
 * browser never needs one.
 */
function hasExpectedToken(req: IncomingMessage, token: string | undefined): boolean {
  return !token || req.headers.authorization === `Bearer ${token}`
}

function createMiddleware(
  base: string,
  emulator: Emulator,
  persist: () => void,
  expectToken?: string,
): Connect.NextHandleFunction {
  const apiRoot = `${base}${API_PREFIX}`
  const knobRoot = `${base}${KNOB_PREFIX}`
  // "METHOD /path" of every API request since the last reset: the proxy e2e proves what never arrived.
  const requestLog: string[] = []

  async function handleKnob(name: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET'
    if (name === 'login' && method === 'GET')
      return send(res, 200, { 'Content-Type': 'text/html; charset=utf-8' }, LOGIN_PAGE_HTML)
    if (name === 'faults' && method === 'GET') return sendJson(res, 200, emulator.faults.pending())
    if (name === 'requests' && method === 'GET') return sendJson(res, 200, requestLog)
    if (name === 'faults' && method === 'DELETE') {
      emulator.faults.clear()
      return send(res, 204, {}, null)
    }
    if (method !== 'POST') return sendJson(res, 405, { message: `${method} is not supported here.` })
    const body = await readJson(req)
    if (name === 'faults') {
      const parsed = faultSpecSchema.safeParse(body)
      if (!parsed.success)
        return sendJson(res, 400, { message: 'Invalid fault.', issues: parsed.error.issues })
      emulator.faults.inject(parsed.data)
      return sendJson(res, 200, emulator.faults.pending())
    }
    if (name === 'latency') {
      const parsed = latencySchema.safeParse(body)
      if (!parsed.success) return sendJson(res, 400, { message: 'Expected {"ms": <non-negative integer>}.' })
      emulator.setLatency(parsed.data.ms)
      return sendJson(res, 200, parsed.data)
    }
    if (name === 'reset') {
      emulator.reset()
      requestLog.length = 0
      persist()
      return send(res, 204, {}, null)
    }
    sendJson(res, 404, { message: `Unknown emulator knob '${name}'.` })
  }

  async function handleApi(
    subPath: string,
    url: URL,
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    const method = req.method ?? 'GET'
    requestLog.push(`${method} ${subPath || '/'}`)
    if (requestLog.length > 500) requestLog.shift()
    if (!hasExpectedToken(req, expectToken)) return sendJson(res, 401, { message: 'Unauthenticated.' })
    const body = await readJson(req)
    const answer = await emulator.handle({ method, path: subPath || '/', query: url.searchParams, body })
    const headers: Record<string, string> = { ...answer.headers }
    if (req.headers.origin) Object.assign(headers, UPSTREAM_CORS_HEADERS)
    // The core only knows a root-relative login path; the page lives under the app's base.
    if (answer.status === 302 && headers.Location === `/${LOGIN_PAGE_PATH}`)
      headers.Location = `${base}${LOGIN_PAGE_PATH}`
    send(res, answer.status, headers, answer.body)
    if (isMutatingMethod(method) && answer.status < 400) persist()
  }

  return (req, res, next) => {
    const url = new URL(req.originalUrl ?? req.url ?? '/', 'http://localhost')
    const path = url.pathname
    let work: Promise<void> | null = null
    if (path === apiRoot || path.startsWith(`${apiRoot}/`))
      work = handleApi(path.slice(apiRoot.length), url, req, res)
    else if (path.startsWith(knobRoot)) work = handleKnob(path.slice(knobRoot.length), req, res)
    if (!work) {
      next()
      return
    }
    work.catch((error: unknown) => {
      if (error instanceof BadRequest) sendJson(res, 400, { message: error.message })
      else sendJson(res, 500, { message: 'Server Error' })
    })
  }
}

export function kanbertEmulatorPlugin(): Plugin {
  let base = '/'
  let root = process.cwd()
  let env: Record<string, string> = {}
  let emulator: Emulator | null = null
  let saver: ReturnType<typeof debounced> | null = null

  const mount = (middlewares: Connect.Server): void => {
    if (env.KANBERT_API_URL) return // proxied by the `config` hook instead
    // EMULATOR_DATA_FILE moves the saved state elsewhere (the proxy e2e must not touch the dev data).
    const file = resolve(root, env.EMULATOR_DATA_FILE ?? EMULATOR_DATA_FILE)
    if (!emulator) {
      const latency = Number(env.EMULATOR_LATENCY_MS ?? 0)
      const stored = loadState(file)
      emulator = createEmulator({
        ...(stored ? { state: stored } : {}),
        latencyMs: Number.isFinite(latency) ? latency : 0,
      })
      const active = emulator
      saver = debounced(() => saveState(file, active.getState()), 300)
    }
    const schedule = (): void => saver?.schedule()
    middlewares.use(createMiddleware(base, emulator, schedule, env.EMULATOR_EXPECT_TOKEN))
  }

  return {
    name: 'kanbert-emulator',
    config(userConfig, { mode }) {
      const envDir =
        userConfig.envDir === false
          ? false
          : resolve(userConfig.root ?? process.cwd(), userConfig.envDir ?? '')
      env = { ...loadEnv(mode, envDir, ['KANBERT_', 'EMULATOR_']) }
      const target = env.KANBERT_API_URL
      if (!target) return
      const proxy = proxyConfig(normaliseBase(userConfig.base), target, env.KANBERT_API_TOKEN)
      return { server: { proxy }, preview: { proxy } }
    },
    configResolved(config) {
      base = normaliseBase(config.base)
      root = config.root
    },
    configureServer(server) {
      mount(server.middlewares)
      server.httpServer?.once('close', () => saver?.flush())
    },
    configurePreviewServer(server) {
      mount(server.middlewares)
      server.httpServer.once('close', () => saver?.flush())
    },
  }
}
