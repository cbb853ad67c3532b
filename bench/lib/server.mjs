/** Builds the app into node_modules/.cache/bench-dist (never the shared dist/) and serves it with `vite preview` + emulator. */
import { spawn, spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { setPriority } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = fileURLToPath(new URL('../..', import.meta.url))
// A private outDir keeps the e2e runner's dist/ untouched; under node_modules/.cache it is ignored by
// git, eslint, prettier and vitest alike.
export const benchDist = join(root, 'node_modules', '.cache', 'bench-dist')
const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js')

/** The emulator, never a real Kanbert API, with a fixed latency and the app at the root path. */
function serverEnv(latencyMs) {
  const env = { ...process.env, BASE_PATH: '/', EMULATOR_LATENCY_MS: String(latencyMs) }
  delete env.KANBERT_API_URL
  delete env.KANBERT_API_TOKEN
  return env
}

export function buildApp(outDir = benchDist, extraArgs = []) {
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn', ...extraArgs],
    {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: serverEnv(0),
    },
  )
  if (result.status !== 0) throw new Error(`build: vite build exited with ${result.status}`)
}

/**
 * Runs a server process's threads ahead of the browser's: the servers stand for a remote API answering
 * after a fixed latency, and on a 2-core machine a starved server answered much later (performance-log.md).
 * Needs root (elsewhere the priorities stay as they are); applied to our server and the peer's alike.
 */
export function favourServer(pid = process.pid) {
  try {
    for (const thread of readdirSync(`/proc/${pid}/task`)) setPriority(Number(thread), -10)
    return true
  } catch {
    return false
  }
}

/** Starts `vite preview` on the port; resolves once it answers and the emulator is confirmed. */
export async function startPreview({ port, latencyMs, outDir = benchDist }) {
  const baseUrl = `http://localhost:${port}`
  const server = spawn(
    process.execPath,
    [vite, 'preview', '--port', String(port), '--strictPort', '--outDir', outDir],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: serverEnv(latencyMs),
    },
  )
  let log = ''
  let exited = false
  server.stdout.on('data', (chunk) => (log += chunk))
  server.stderr.on('data', (chunk) => (log += chunk))
  server.on('exit', () => (exited = true))
  const stop = () => {
    if (!exited) server.kill('SIGTERM')
  }

  const deadline = Date.now() + 30_000
  for (;;) {
    if (exited) throw new Error(`preview: vite preview exited early (port ${port} busy?):\n${log}`)
    if (Date.now() > deadline) {
      stop()
      throw new Error(`preview: no answer on ${baseUrl} within 30 s:\n${log}`)
    }
    try {
      if ((await fetch(`${baseUrl}/`)).ok) break
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }

  // The knob exists only when the emulator (not a proxy to a real API) serves /api/v1; setting the
  // latency here as well makes the figure explicit even if an .env file says otherwise.
  const latency = await fetch(`${baseUrl}/__emulator/latency`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ms: latencyMs }),
  }).catch((error) => ({ ok: false, status: String(error) }))
  if (!latency.ok) {
    stop()
    throw new Error(
      `preview: the emulator's latency knob answered ${latency.status}; is the emulator serving /api/v1?`,
    )
  }
  return { baseUrl, pid: server.pid, stop, favoured: favourServer(server.pid) }
}
