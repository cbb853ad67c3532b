import { loadNamespace } from '../../../lib/i18n'

/** A lazy part of saved views together with its texts (`views` namespace), so it never shows a raw key. */
export async function withViewTexts<Module>(chunk: Promise<Module>): Promise<Module> {
  const [module] = await Promise.all([chunk, loadNamespace('views')])
  return module
}
