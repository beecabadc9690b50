/**
 * @module What block renderers share while one document is written: the cell anchors that exist (so a
 * figure in the text links only to a cell present in the document) and the ids already written.
 */
import { cellAnchor } from '../../report/anchors.ts';
import type { Report } from '../../report/types.ts';

export type RenderContext = {
  /** Anchor ids of every table cell that carries a ref, across the whole report. */
  readonly cellIds: ReadonlySet<string>;
  /** Inline SVG markup by figure id. */
  readonly charts: Readonly<Record<string, string>>;
  /** The document embeds its own fonts: a chart's own @font-face (for standalone SVG files) is dropped. */
  readonly embedsFonts: boolean;
  /** Marks an id as written; false when it already was (the caller then omits it, keeping ids unique). */
  readonly claimId: (id: string) => boolean;
};

/** The anchor ids of all table cells with a ref, in document order. */
export function collectCellIds(report: Report): Set<string> {
  const ids = new Set<string>();
  for (const part of report.parts) {
    for (const block of part.blocks) {
      if (block.kind !== 'table') continue;
      for (const row of block.body) {
        for (const cell of row.cells) if (cell.ref) ids.add(cellAnchor(cell.ref));
      }
    }
  }
  return ids;
}

/** A fresh context for one document. */
export function createContext(
  report: Report,
  charts: Readonly<Record<string, string>>,
  embedsFonts: boolean,
): RenderContext {
  const written = new Set<string>();
  return {
    cellIds: collectCellIds(report),
    charts,
    embedsFonts,
    claimId: (id) => {
      if (written.has(id)) return false;
      written.add(id);
      return true;
    },
  };
}
