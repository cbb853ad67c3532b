/**
 * The proxy suite's servers, as Playwright `webServer` entries started in this order: the test SSO helper,
 * the upstream "Kanbert" (the emulator behind `vite preview`, refusing requests without the token nginx
 * adds, also serving nothing but the API), and Debian's nginx with deploy/nginx/kanbert-contacts.conf.template
 * rendered for this run, serving the app built for /crm/contacts/. Playwright stops them all at the end.
 *
 * Ports (env): PROXY_PORT 8086 (nginx), SSO_PORT 4186, UPSTREAM_PORT 4187. The build, nginx.conf and nginx's
 * logs stay in /tmp/kanbert-proxy-e2e-<PROXY_PORT> until the next run.
 */
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { PlaywrightTestConfig } from '@playwright/test'
import { NGINX_PATH } from '../playwright/required-tools'
import { ROOT } from '../playwright/suite-config'

const proxyPort = process.env.PROXY_PORT ?? '8086'
const ssoPort = process.env.SSO_PORT ?? '4186'
const upstreamPort = process.env.UPSTREAM_PORT ?? '4187'
const work = join(tmpdir(), `kanbert-proxy-e2e-${proxyPort}`)

/** Where the specs reach each part (also read by test/proxy/fixtures.ts). */
export const STACK = {
  appPrefix: '/crm/contacts/',
  proxyUrl: `http://127.0.0.1:${proxyPort}`,
  ssoUrl: `http://127.0.0.1:${ssoPort}`,
  upstreamUrl: `http://127.0.0.1:${upstreamPort}`,
  upstreamToken: 'proxy-e2e-token-7f3c',
}

type WebServer = NonNullable<Extract<PlaywrightTestConfig['webServer'], unknown[]>>[number]

export function proxyStack(): WebServer[] {
  const node = `"${process.execPath}"`
  const vite = `${node} node_modules/vite/bin/vite.js`
  const webRoot = join(work, 'www')
  const appDir = join(webRoot, STACK.appPrefix)
  const nginxDir = join(work, 'nginx')
  const conf = join(nginxDir, 'nginx.conf')
  const nginxValues = [
    `LISTEN=127.0.0.1:${proxyPort}`,
    'SERVER_NAME=127.0.0.1',
    `WEB_ROOT=${webRoot}`,
    `APP_PREFIX=${STACK.appPrefix}`,
    `SSO_UPSTREAM=127.0.0.1:${ssoPort}`,
    `KANBERT_UPSTREAM=${STACK.upstreamUrl}`,
    `KANBERT_TOKEN=${STACK.upstreamToken}`,
    // Short, so a browser that keeps it for 127.0.0.1 forgets it soon; the specs check it is sent.
    'HSTS=max-age=300',
  ]
  const common = {
    cwd: ROOT,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  } as const
  return [
    {
      ...common,
      name: 'sso stub',
      command: `${node} test/proxy/sso-stub.mjs`,
      env: { SSO_PORT: ssoPort },
      url: `${STACK.ssoUrl}/sso/login`,
      timeout: 10_000,
    },
    {
      ...common,
      name: 'upstream emulator',
      command: `${node} test/proxy/build-app.mjs "${work}" ${STACK.appPrefix} && ${vite} preview --port ${upstreamPort} --strictPort --outDir "${appDir}"`,
      env: {
        BASE_PATH: '/',
        EMULATOR_EXPECT_TOKEN: STACK.upstreamToken,
        EMULATOR_DATA_FILE: join(work, 'emulator.json'),
        VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true',
      },
      url: `${STACK.upstreamUrl}/__emulator/faults`,
      timeout: 240_000,
    },
    {
      ...common,
      name: 'nginx',
      command: [
        `${node} scripts/render-nginx-conf.mjs "${nginxDir}" ${nginxValues.join(' ')} >/dev/null`,
        `"${NGINX_PATH ?? 'nginx'}" -t -q -c "${conf}" -p "${nginxDir}"`,
        `exec "${NGINX_PATH ?? 'nginx'}" -c "${conf}" -p "${nginxDir}"`,
      ].join(' && '),
      url: `${STACK.proxyUrl}/sso/login`,
      timeout: 10_000,
    },
  ]
}
