/**
 * @module Shared by the readers: reading a report file's bytes with Chinese messages for a missing,
 * unreadable or empty file, and a file name for messages.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { AuditInputError } from '../types.ts';

/** The file name shown in messages. */
export const shown = (file: string): string => basename(file);

/** The bytes of a report file; throws AuditInputError when it is missing, a folder, unreadable or empty. */
export async function readInput(file: string): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? '找不到该文件'
        : code === 'EISDIR'
          ? '这是文件夹'
          : `无法读取（${code ?? '未知错误'}）`;
    throw new AuditInputError(`文件“${file}”${why}。`);
  }
  if (bytes.length === 0) throw new AuditInputError(`文件“${shown(file)}”是空的，没有可审查的内容。`);
  return bytes;
}

/** Whether a document has any text at all (a reader refuses a file that has none). */
export function hasText(blocks: readonly { kind: string; text?: string; rows?: string[][] }[]): boolean {
  return blocks.some((b) =>
    b.kind === 'text' ? (b.text ?? '').trim() !== '' : (b.rows ?? []).some((r) => r.some((c) => c !== '')),
  );
}
