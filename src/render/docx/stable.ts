/**
 * @module Makes the .docx bytes a function of the report alone: docx numbers heading bookmarks and drawings
 * from counters shared by every document in the process and zips with the clock's time, so the package is
 * rewritten with its bookmarks and drawings numbered from 1 in document order and every entry dated 1980-01-01.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const DOCUMENT = 'word/document.xml';
/** The earliest date a zip entry can carry (DOS time); local time, as zip entries are. */
const ZIP_EPOCH = new Date(1980, 0, 1, 0, 0, 0);

/** Renumbers the TOC bookmarks (_TocN names and their w:id) in order of first appearance. */
export function renumberBookmarks(xml: string): string {
  const ids = new Map<string, string>();
  const next = (n: string): string => {
    let id = ids.get(n);
    if (id === undefined) {
      id = String(ids.size + 1);
      ids.set(n, id);
    }
    return id;
  };
  const named = xml.replace(
    /(w:name="|w:anchor="|PAGEREF )_Toc(\d+)/g,
    (_, head: string, n: string) => `${head}_Toc${next(n)}`,
  );
  return named.replace(/<w:bookmark(?:Start|End)\b[^>]*>/g, (tag) =>
    tag.replace(/w:id="(\d+)"/, (whole, n: string) => {
      const id = ids.get(n);
      return id === undefined ? whole : `w:id="${id}"`;
    }),
  );
}

/** Numbers the drawings (wp:docPr ids, from a counter shared by the process) from 1 in document order. */
export function renumberDrawings(xml: string): string {
  let n = 0;
  return xml.replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++n}"`);
}

/** The package with stable bookmark and drawing ids and entry dates (the other parts are left as they are). */
export function stablePackage(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  const document = files[DOCUMENT];
  if (document !== undefined)
    files[DOCUMENT] = strToU8(renumberDrawings(renumberBookmarks(strFromU8(document))));
  return zipSync(files, { mtime: ZIP_EPOCH, level: 6 });
}
