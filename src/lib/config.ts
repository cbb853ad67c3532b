/**
 * Runtime configuration: `config.json` next to index.html, read once at start-up, so one build can be
 * deployed behind different proxies without rebuilding.
 */
import * as z from 'zod/mini'

const urlTemplate = z.string().check(
  z.trim(),
  z.minLength(1),
  z.refine((value) => !/^\s*javascript:/i.test(value), 'must not be a javascript: URL'),
)

export const runtimeConfigSchema = z.object({
  /** Kanbert API base, absolute or relative to the app's base path. */
  apiBaseUrl: z._default(z.string().check(z.trim(), z.minLength(1)), 'api/v1'),
  /** Login page template; `{returnTo}` is replaced by the URL-encoded current location. */
  loginUrl: z.optional(urlTemplate),
  logoutUrl: z.optional(urlTemplate),
})

export type RuntimeConfig = {
  apiBaseUrl: string
  loginUrl?: string | undefined
  logoutUrl?: string | undefined
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** Resolves a possibly relative URL against the app's base (document.baseURI follows Vite's base). */
export function resolveAppUrl(url: string, base: string = document.baseURI): string {
  return new URL(url, base).toString().replace(/\/+$/, '')
}

export function parseRuntimeConfig(json: unknown, base?: string): RuntimeConfig {
  const result = runtimeConfigSchema.safeParse(json)
  if (!result.success) {
    const issue = result.error.issues[0]
    const where = issue?.path.join('.') ?? ''
    throw new ConfigError(
      `config.json is invalid${where ? ` at "${where}"` : ''}: ${issue?.message ?? 'unknown'}`,
    )
  }
  const { apiBaseUrl, loginUrl, logoutUrl } = result.data
  return { apiBaseUrl: resolveAppUrl(apiBaseUrl, base), loginUrl, logoutUrl }
}

export async function loadRuntimeConfig(base: string = import.meta.env.BASE_URL): Promise<RuntimeConfig> {
  let response: Response
  try {
    response = await fetch(`${base}config.json`, { cache: 'no-store', credentials: 'same-origin' })
  } catch (cause) {
    throw new ConfigError('config.json could not be loaded (network error).', { cause })
  }
  if (!response.ok) throw new ConfigError(`config.json could not be loaded (HTTP ${response.status}).`)
  let json: unknown
  try {
    json = await response.json()
  } catch (cause) {
    throw new ConfigError('config.json is not valid JSON.', { cause })
  }
  return parseRuntimeConfig(json)
}

/** Builds the login URL from the template, or null when none is configured. */
export function buildLoginUrl(config: RuntimeConfig, returnTo: string): string | null {
  if (!config.loginUrl) return null
  return config.loginUrl.replaceAll('{returnTo}', encodeURIComponent(returnTo))
}
