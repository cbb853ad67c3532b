/** §14.3: German collation that ignores case and accents for string sorts (and string range filters). */
const collator = new Intl.Collator('de', { sensitivity: 'base' })

export const compareText = (a: string, b: string): number => collator.compare(a, b)
