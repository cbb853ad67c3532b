/**
 * The API base the last loaded config.json gave (resolved), so the next start can send its first requests
 * before config.json has answered (src/boot/). A wrong guess costs one unused request, nothing more.
 */
const API_BASE_STORAGE_KEY = 'kanbert-contacts.api-base-url'

export function rememberApiBaseUrl(url: string): void {
  try {
    window.localStorage.setItem(API_BASE_STORAGE_KEY, url)
  } catch {
    // Storage can be disabled by browser policy: the next start guesses the default.
  }
}

/** The remembered base, if it is a URL on this page's origin (as config.json's must be). */
export function rememberedApiBaseUrl(origin: string = window.location.origin): string | null {
  try {
    const url = window.localStorage.getItem(API_BASE_STORAGE_KEY)
    return url && URL.canParse(url) && new URL(url).origin === origin ? url : null
  } catch {
    return null
  }
}
