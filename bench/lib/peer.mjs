/**
 * The react-admin peer (../shared/peers/react-admin, see its README): built once into
 * node_modules/.cache/ra-peer and rebuilt only when its sources change (a hash of app/ and build.sh),
 * served by the peer's own server with the same API latency as ours.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { favourServer, root } from './server.mjs'

export const peerDir = resolve(process.env.PEER_DIR ?? join(root, '..', 'shared', 'peers', 'react-admin'))
const cacheDir = join(root, 'node_modules', '.cache', 'ra-peer')
const stampFile = join(cacheDir, 'source-hash')

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? filesUnder(path) : [path]
  })
}

/** A hash of everything the build reads from the peer folder, so an edited peer is built again. */
function sourceHash() {
  const hash = createHash('sha256')
  for (const file of [...filesUnder(join(peerDir, 'app')), join(peerDir, 'build.sh')].sort()) {
    hash.update(relative(peerDir, file))
    hash.update(readFileSync(file))
  }
  return hash.digest('hex')
}

/** Returns the peer's dist folder, building it first when it is missing or its sources changed. */
export function ensurePeerBuild() {
  if (!existsSync(join(peerDir, 'build.sh')))
    throw new Error(`peer: no react-admin peer at ${peerDir} (set PEER_DIR to its folder)`)
  const hash = sourceHash()
  const dist = join(cacheDir, 'dist')
  const built = existsSync(join(dist, 'index.html')) && statSync(stampFile, { throwIfNoEntry: false })
  if (built && readFileSync(stampFile, 'utf8').trim() === hash) {
    console.log(`bench: react-admin peer from the cache (${relative(root, dist)})`)
    return dist
  }
  console.log(`bench: building the react-admin peer into ${relative(root, cacheDir)} …`)
  const result = spawnSync('bash', [join(peerDir, 'build.sh'), cacheDir], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  if (result.status !== 0) throw new Error(`peer: build.sh exited with ${result.status}`)
  writeFileSync(stampFile, `${hash}\n`)
  return dist
}

/** Starts the peer's server; resolves with { url, firstLastName, close, favoured }. */
export async function startPeerServer({ dist, latencyMs }) {
  const { startPeer } = await import(pathToFileURL(join(peerDir, 'serve.mjs')).href)
  const server = await startPeer({ dist, latency: latencyMs })
  // It runs in this process: favoured like our server (see favourServer).
  return { ...server, favoured: favourServer(process.pid) }
}
