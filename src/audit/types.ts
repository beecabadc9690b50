/**
 * @module The input of the audit: a published report read by a reader (text, PDF, DOCX, HTML) into
 * blocks of text and tables, in document order, with page numbers when the format has pages.
 */

/** A run of text (one or more lines); `page` is 1-based when known. */
export type TextBlock = { kind: 'text'; text: string; page?: number };

/** A table as printed: rows of cell texts (merged cells repeated or blank), optional title. */
export type TableBlock = { kind: 'table'; rows: string[][]; page?: number; title?: string };

export type Block = TextBlock | TableBlock;

/** A published report as read from a file: the file name (for messages) and its blocks. */
export type SourceDocument = { file: string; blocks: Block[] };

/** A reader module (src/audit/readers/<kind>.ts) exports `read` with this signature. */
export type Reader = (file: string) => Promise<SourceDocument>;

/** A file that cannot be audited: the message is Chinese and names the file. */
export class AuditInputError extends Error {
  override name = 'AuditInputError';
}
