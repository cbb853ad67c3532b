/**
 * Responses to requests the boot module started before the app's code ran, keyed by request URL. Each is
 * handed out once (the next request for that URL goes to the network) and only for the very same URL.
 */
const early = new Map<string, Promise<Response>>()

export function rememberEarlyResponse(url: string, response: Promise<Response>): void {
  // A failed early request is not an error of its own: whoever takes it falls back to a normal fetch.
  response.catch(() => undefined)
  early.set(url, response)
}

export function takeEarlyResponse(url: string): Promise<Response> | undefined {
  const response = early.get(url)
  early.delete(url)
  return response
}
