/** The grid column tracks shared by the table's header row and every body row. */
import type { CSSProperties } from 'react'
import type { ContactColumn } from './contact-columns'
import type { Density } from './use-list-preferences'

/** The CSS variable holding the tracks (read by the table's styles). */
export const COLUMNS_VAR = '--contact-table-columns'
/** The selection column: checkbox plus padding, per density. */
const CONTROL_WIDTH = { standard: 66, compact: 44 } as const

/**
 * Column tracks from the column model (see ContactColumn.width), the same for every row: they depend on
 * the table's width only, never on a cell's content.
 */
export function columnTracks(columns: readonly ContactColumn[], density: Density): CSSProperties {
  const controlWidth: number = CONTROL_WIDTH[density]
  const tracks = columns.map(({ minWidth, width }) => `minmax(${minWidth}px, ${width}fr)`)
  const style: CSSProperties & Record<typeof COLUMNS_VAR, string> = {
    [COLUMNS_VAR]: [`${controlWidth}px`, ...tracks].join(' '),
    minWidth: columns.reduce((sum, { minWidth }) => sum + minWidth, controlWidth),
  }
  return style
}
