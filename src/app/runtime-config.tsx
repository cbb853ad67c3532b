import { createContext, useContext, type ReactNode } from 'react'
import type { RuntimeConfig } from '../lib/config'

const RuntimeConfigContext = createContext<RuntimeConfig | null>(null)

/** Makes config.json (read once at boot) available to the UI: login and logout addresses. */
export function RuntimeConfigProvider({ config, children }: { config: RuntimeConfig; children: ReactNode }) {
  return <RuntimeConfigContext.Provider value={config}>{children}</RuntimeConfigContext.Provider>
}

export function useRuntimeConfig(): RuntimeConfig {
  const config = useContext(RuntimeConfigContext)
  if (!config) throw new Error('useRuntimeConfig() needs a <RuntimeConfigProvider> above it')
  return config
}
