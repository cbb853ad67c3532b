/**
 * Responses to requests the boot module started before the app's code ran, keyed by request URL. Each is
 * handed out once (the next request for that URL goes to the network) and only for the very same URL.
 */
const early = new Map<string, Promise<Response>>()
const arrived = new Set<string>()

export function rememberEarlyResponse(url: string, response: Promise<Response>): void {
  early.set(url, response)
  // A failed early request is not an error of its own: whoever takes it falls back to a normal fetch.
  response.then(
    () => early.get(url) === response && arrived.add(url),
    () => undefined,
  )
}

export function takeEarlyResponse(url: string): Promise<Response> | undefined {
  const response = early.get(url)
  early.delete(url)
  arrived.delete(url)
  return response
}

/** Whether an early answer for exactly this URL is waiting to be taken (its headers have arrived). */
export function hasArrivedEarlyResponse(url: string): boolean {
  return arrived.has(url)
}
