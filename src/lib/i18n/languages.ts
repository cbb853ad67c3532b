/** The UI languages: their own module, so the boot module can detect the language without the text store. */
export const languages = ['en', 'de'] as const
export type Language = (typeof languages)[number]

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value)
}
