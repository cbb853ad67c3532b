import { loadNamespace } from '../../../lib/i18n'

/** A lazy bulk part (select all matching, bulk edit) together with its texts (`bulk` namespace). */
export async function withBulkTexts<Module>(chunk: Promise<Module>): Promise<Module> {
  // The value inputs are the form's own (pickers, custom-field inputs), with their texts.
  const [module] = await Promise.all([chunk, loadNamespace('bulk'), loadNamespace('form')])
  return module
}
