/**
 * @module Choosing a reader by file extension. Readers for PDF, DOCX and HTML live in
 * `readers/<kind>.ts` and export `read(file): Promise<SourceDocument>`; a kind whose module is not
 * there yet is reported as not supported (exit 2), never read half-way.
 */
import { existsSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { AuditInputError, type Reader, type SourceDocument } from '../types.ts';
import { read as readText } from './text.ts';

const KINDS: Readonly<Record<string, string>> = {
  '.txt': 'text',
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.html': 'html',
  '.htm': 'html',
};

const LABEL: Readonly<Record<string, string>> = { pdf: 'PDF', docx: 'Word（DOCX）', html: 'HTML' };

/** Extensions the audit may read (whether or not their reader is present yet). */
export const AUDIT_EXTENSIONS: readonly string[] = Object.keys(KINDS);

/** The reader module of a kind, or undefined when it is not installed in this version. */
async function readerFor(kind: string): Promise<Reader | undefined> {
  if (kind === 'text') return readText;
  const url = new URL(`./${kind}.ts`, import.meta.url);
  if (!existsSync(url)) return undefined;
  const mod = (await import(url.href)) as { read?: unknown };
  return typeof mod.read === 'function' ? (mod.read as Reader) : undefined;
}

/** Whether this version can read the file's format. */
export async function canRead(file: string): Promise<boolean> {
  const kind = KINDS[extname(file).toLowerCase()];
  return kind !== undefined && (await readerFor(kind)) !== undefined;
}

/** Reads a report file of any supported format; throws AuditInputError with a Chinese message. */
export async function readSource(file: string): Promise<SourceDocument> {
  const ext = extname(file).toLowerCase();
  const kind = KINDS[ext];
  if (kind === undefined) {
    throw new AuditInputError(
      `文件“${basename(file)}”的格式（${ext || '无扩展名'}）不能审查：支持 .txt、.pdf、.docx、.html。`,
    );
  }
  const reader = await readerFor(kind);
  if (reader === undefined) {
    throw new AuditInputError(
      `暂不支持审查 ${LABEL[kind] ?? kind} 文件（“${basename(file)}”），请先转为 .txt 文本。`,
    );
  }
  return reader(file);
}
