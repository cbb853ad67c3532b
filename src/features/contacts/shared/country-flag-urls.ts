/**
 * ISO 3166-1 alpha-2 code → URL of its SVG flag (country-flag-icons, 3:2). Loaded lazily by CountryFlag,
 * so the ~270 URLs stay out of the first page; `no-inline` keeps every flag a separate, cacheable file
 * instead of a data URI inside this chunk.
 */
const files = import.meta.glob<string>('/node_modules/country-flag-icons/3x2/*.svg', {
  query: '?no-inline',
  import: 'default',
  eager: true,
})

const SVG = '.svg'

// Paths end in `/XX.svg`; the glob only matches such files.
export const flagUrls: ReadonlyMap<string, string> = new Map(
  Object.entries(files).map(([path, url]) => [path.slice(-SVG.length - 2, -SVG.length), url] as const),
)
