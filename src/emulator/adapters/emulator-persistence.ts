import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { parseEmulatorState } from '../core/state-schema'
import type { EmulatorState } from '../core/types'

/** Node-only persistence of the emulator state for the dev/preview server (the core stays fs-free). */
export const EMULATOR_DATA_FILE = '.emulator-data/contacts.json'

/** The stored state, or null when the file is missing, unreadable or not a valid state. */
export function loadState(file: string): EmulatorState | null {
  try {
    return parseEmulatorState(JSON.parse(readFileSync(file, 'utf8')))
  } catch {
    return null
  }
}

export function saveState(file: string, state: EmulatorState): void {
  mkdirSync(dirname(file), { recursive: true })
  // Write-then-rename so a crash never leaves half a file that would fail validation next start.
  const temp = `${file}.tmp`
  writeFileSync(temp, JSON.stringify(state))
  renameSync(temp, file)
}

/** Coalesces bursts of writes into one save after `delayMs` of quiet. */
export function debounced(action: () => void, delayMs: number): { schedule(): void; flush(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null
  const flush = (): void => {
    if (timer === null) return
    clearTimeout(timer)
    timer = null
    action()
  }
  return {
    schedule() {
      if (timer !== null) clearTimeout(timer)
      timer = setTimeout(flush, delayMs)
    },
    flush,
  }
}
