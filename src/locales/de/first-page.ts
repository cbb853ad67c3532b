/** The texts the contact list renders with, loaded as one chunk before the first render (src/lib/i18n.ts). */
export { default as common } from './common.json'
export { default as list } from './list.json'
export { default as errors } from './errors.json'
export { default as session } from './session.json'
