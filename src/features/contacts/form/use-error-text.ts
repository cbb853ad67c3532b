import type { FieldError } from 'react-hook-form'
import { useTranslation } from '../../../lib/i18n'
import { validationMessages } from './contact-form-schema'

type ValidationKey = (typeof validationMessages)[keyof typeof validationMessages]
const validationKeys: readonly string[] = Object.values(validationMessages)

function isValidationKey(message: string): message is ValidationKey {
  return validationKeys.includes(message)
}

/**
 * Client-side messages are i18n keys (translated now, so a language switch updates them); server
 * messages (`type: 'server'`) are shown as the server wrote them.
 */
export function useErrorText(): (error: FieldError | undefined) => string | undefined {
  const { t } = useTranslation('form')
  return (error) => {
    const message = error?.message
    if (!message) return undefined
    return error.type !== 'server' && isValidationKey(message) ? t(message) : message
  }
}
