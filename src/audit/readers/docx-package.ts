/**
 * @module The parts of a Word file the DOCX reader uses: the main document (found through the package
 * relationships), numbering.xml and styles.xml, unzipped with fflate. An encrypted file (Word stores it as
 * an OLE compound file, like the old .doc), a file that is not a zip, a damaged zip or one without a
 * document is refused with a Chinese message naming the file.
 */
import { unzipSync } from 'fflate';
import { AuditInputError } from '../types.ts';

/** The XML parts the reader uses ('' when the part is absent). */
export type DocxXml = { readonly document: string; readonly numbering: string; readonly styles: string };

const WANTED = /^(word\/(document|numbering|styles)\d*\.xml|_rels\/\.rels)$/;

/** Unzips the parts the reader needs; throws AuditInputError for a file that is not a usable DOCX. */
export function docxParts(bytes: Uint8Array, name: string): DocxXml {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    throw new AuditInputError(
      `文件“${name}”已加密（设有打开密码）或是旧版 Word（.doc）格式，无法审查；请另存为未加密的 .docx 文件。`,
    );
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    throw new AuditInputError(`文件“${name}”不是 Word（DOCX）文件，无法审查。`);
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => WANTED.test(f.name) });
  } catch {
    throw new AuditInputError(`文件“${name}”已损坏（无法解压），无法审查。`);
  }
  const rels = files['_rels/.rels'] ? new TextDecoder().decode(files['_rels/.rels']) : '';
  const target =
    /Target="\/?(word\/[^"]+\.xml)"[^>]*\/officeDocument"|\/officeDocument"[^>]*Target="\/?(word\/[^"]+\.xml)"/.exec(
      rels,
    );
  const main = target?.[1] ?? target?.[2] ?? 'word/document.xml';
  const doc = files[main];
  if (!doc) throw new AuditInputError(`文件“${name}”不是 Word（DOCX）文件（缺少正文 ${main}），无法审查。`);
  const text = (p: string) => (files[p] ? new TextDecoder().decode(files[p]) : '');
  return {
    document: new TextDecoder().decode(doc),
    numbering: text('word/numbering.xml'),
    styles: text('word/styles.xml'),
  };
}
