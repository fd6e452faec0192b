/** Where a document path points in a YAML source: shared by the scenario and catalogue readers. */
import { type Document, isNode, type LineCounter } from 'yaml';
import type { PathKey } from './issues.js';

/** The line and column of the path's value, or of its nearest existing parent. */
export function position(doc: Document, lc: LineCounter, path: readonly PathKey[]): { line?: number; column?: number } {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) {
      const p = lc.linePos(node.range[0]);
      return { line: p.line, column: p.col };
    }
  }
  return {};
}
