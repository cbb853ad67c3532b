import { firstPageNamespaces, loadFirstPageTexts } from './first-page-texts'
import { localeTexts } from '../../../test/locale-resources'

test.each(['en', 'de'] as const)(
  'the first page’s texts in %s: every first-page namespace, as in its file',
  async (language) => {
    const texts = await loadFirstPageTexts(language)
    for (const namespace of firstPageNamespaces)
      expect(texts[namespace]).toEqual(localeTexts(language, namespace))
  },
)
