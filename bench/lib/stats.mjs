/** Median/min/max of repeated measurements, and the printed table. */

export function summarize(values) {
  const numbers = values.filter((value) => typeof value === 'number' && Number.isFinite(value))
  if (numbers.length === 0) return { median: null, min: null, max: null, runs: 0, values }
  const sorted = [...numbers].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: numbers.length, values }
}

export function formatValue(value, unit) {
  if (value === null || value === undefined) return '—'
  if (unit === 'ms') return `${Math.round(value)} ms`
  if (unit === 'MB') return `${value.toFixed(1)} MB`
  return String(Math.round(value * 10) / 10)
}

export function formatMetricsTable(metrics) {
  const rows = [['metric', 'median', 'min', 'max', 'runs']]
  for (const metric of metrics)
    rows.push([
      metric.label,
      formatValue(metric.median, metric.unit),
      formatValue(metric.min, metric.unit),
      formatValue(metric.max, metric.unit),
      String(metric.runs),
    ])
  return formatTable(rows)
}

/** Rows of cells, first column left-aligned, the others right-aligned. */
export function formatTable(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)))
  return rows
    .map((row) =>
      row
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
        .join('  '),
    )
    .join('\n')
}

/** How many of the measured values keep within `limit` (at most, or below with `strict`). */
export function within(values, limit, strict = false) {
  const numbers = values.filter((value) => typeof value === 'number' && Number.isFinite(value))
  return numbers.filter((value) => (strict ? value < limit : value <= limit)).length
}
