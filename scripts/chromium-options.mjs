/**
 * How we start Debian's Chromium (screenshots, benchmark, the Playwright suites) as root on a machine with
 * no outside network: without the background-networking flags it keeps trying to reach Google's hosts.
 * Types for TypeScript: chromium-options.d.mts.
 */
export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
