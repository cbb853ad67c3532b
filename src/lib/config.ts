/**
 * Runtime configuration: `config.json` next to index.html, read once at start-up, so one build can be
 * deployed behind different proxies without rebuilding.
 */
import * as z from 'zod/mini'
import { takeEarlyResponse } from './early-responses'
import { CONFIG_REQUEST, DEFAULT_API_BASE_URL, configUrl, resolveAppUrl } from './request-url'

const nonEmpty = z.string().check(z.trim(), z.minLength(1))

export const runtimeConfigSchema = z.object({
  /** Kanbert API base, relative to the app's base path or absolute on the app's own origin. */
  apiBaseUrl: z._default(nonEmpty, DEFAULT_API_BASE_URL),
  /** Login page template; `{returnTo}` is replaced by the URL-encoded current location. */
  loginUrl: z.optional(nonEmpty),
  logoutUrl: z.optional(nonEmpty),
})

export type RuntimeConfig = {
  apiBaseUrl: string
  loginUrl?: string | undefined
  logoutUrl?: string | undefined
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

const invalid = (key: string, message: string) =>
  new ConfigError(`config.json is invalid${key ? ` at "${key}"` : ''}: ${message}`)

/**
 * The URL as the browser will read it (which drops tabs, newlines and leading control characters, so
 * "java\nscript:" is "javascript:"): only http and https may be followed.
 */
function webUrl(key: string, value: string, base: string): URL {
  let url: URL
  try {
    url = new URL(value, base)
  } catch {
    throw invalid(key, 'not a URL')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw invalid(key, 'must be an http(s) URL')
  return url
}

export function parseRuntimeConfig(json: unknown, base: string = document.baseURI): RuntimeConfig {
  const result = runtimeConfigSchema.safeParse(json)
  if (!result.success) {
    const issue = result.error.issues[0]
    throw invalid(issue?.path.join('.') ?? '', issue?.message ?? 'unknown')
  }
  const { apiBaseUrl, loginUrl, logoutUrl } = result.data
  // The proxy's checks against forged writes, the CSP's connect-src and the session cookie assume one origin.
  if (webUrl('apiBaseUrl', apiBaseUrl, base).origin !== new URL(base).origin)
    throw invalid('apiBaseUrl', "must be on the app's own origin")
  for (const [key, value] of Object.entries({ loginUrl, logoutUrl }))
    // Stryker disable next-line ConditionalExpression: an absent address would resolve to "<base>/undefined", which passes too
    if (value) webUrl(key, value, base)
  return { apiBaseUrl: resolveAppUrl(apiBaseUrl, base), loginUrl, logoutUrl }
}

export async function loadRuntimeConfig(base: string = import.meta.env.BASE_URL): Promise<RuntimeConfig> {
  const url = configUrl(base)
  // The boot module's request, when it was sent and answered; else the normal one.
  let response = await takeEarlyResponse(url)?.catch(() => undefined)
  if (!response?.ok) response = undefined
  try {
    response ??= await fetch(url, CONFIG_REQUEST)
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
