/** Small pure helpers for how a person's facts read: salutation kind, age, language and country names. */

export type SalutationKind = 'female' | 'male'

/** Only genders with an established salutation get one; "diverse" and unknown values get none. */
export function salutationKind(gender: string | null): SalutationKind | null {
  const value = gender?.trim().toLowerCase()
  if (!value) return null
  if (['female', 'f', 'w', 'weiblich', 'frau'].includes(value)) return 'female'
  if (['male', 'm', 'männlich', 'herr'].includes(value)) return 'male'
  return null
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/

/** Full years between a `YYYY-MM-DD` birthday and `today` (in UTC); null for unreadable or future dates. */
export function ageOn(birthday: string, today: Date = new Date()): number | null {
  const match = DATE_ONLY.exec(birthday)
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (Number.isNaN(Date.UTC(year, month - 1, day))) return null
  let age = today.getUTCFullYear() - year
  const beforeBirthday =
    today.getUTCMonth() + 1 < month || (today.getUTCMonth() + 1 === month && today.getUTCDate() < day)
  if (beforeBirthday) age -= 1
  return age >= 0 && age < 150 ? age : null
}

function displayName(type: 'language' | 'region', code: string, uiLanguage: string): string | null {
  try {
    const name = new Intl.DisplayNames([uiLanguage], { type, fallback: 'none' }).of(code)
    return name ?? null
  } catch {
    return null // not a valid tag (free-text locale from the API): the caller shows the raw value
  }
}

/** `de_DE` → "German (Germany)" / "Deutsch (Deutschland)"; the raw value when it is not a language tag. */
export function languageName(locale: string, uiLanguage: string): string {
  const tag = locale.trim().replace(/_/g, '-')
  return displayName('language', tag, uiLanguage) ?? locale
}

/** The country in the UI language from its ISO code, else the name the API sent. */
export function countryName(country: { code: string; name: string }, uiLanguage: string): string {
  const code = country.code.trim().toUpperCase()
  return (/^[A-Z]{2}$/.test(code) ? displayName('region', code, uiLanguage) : null) ?? country.name
}
