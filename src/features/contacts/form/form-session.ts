import type { ContactFormValues } from './contact-form-values'
import type { NormalizedContact } from './contact-normalize'

/** What the form was opened from: the diff base and the version the conflict check compares with. */
export interface FormSession {
  base: NormalizedContact
  /** The same base as form values (stored with a draft, so a restore can still diff against it). */
  baseValues: ContactFormValues
  openedAt: string | null
}
