import { loadNamespace } from '../../../lib/i18n'

/**
 * A lazy list tool (the toolbar, filter panel, export, bulk dialog, column menu, empty and error states)
 * together with its texts, which live in the `listTools` namespace so the first page does not carry them.
 */
export async function withTools<Module>(chunk: Promise<Module>): Promise<Module> {
  const [module] = await Promise.all([chunk, loadNamespace('listTools')])
  return module
}
