/**
 * Of the given form paths, the one whose input comes first on screen, so focus goes to the topmost error.
 * The order is the form's own: every input is named by its path.
 */
export function topmostField<P extends string>(
  paths: readonly P[],
  root: Document = document,
): P | undefined {
  let topmost: { path: P; input: Element } | undefined
  for (const path of paths) {
    const input = root.getElementsByName(path)[0]
    if (!input) continue
    if (!topmost || input.compareDocumentPosition(topmost.input) & Node.DOCUMENT_POSITION_FOLLOWING)
      topmost = { path, input }
  }
  return topmost?.path ?? paths[0]
}
