/**
 * How our node scripts (screenshots, benchmark) start Debian's Chromium as root on a machine with no
 * outside network: without the background-networking flags it keeps trying to reach Google's hosts.
 * (test/e2e/browser.ts keeps its own typed copy: the TS test project does not import .mjs modules.)
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
