/**
 * @module `juesuan template [--profile P] --out <file.xlsx>` (DESIGN.md §1): writes the blank standard
 * workbook of a profile, the one finance staff fill in and `juesuan import` reads. Written atomically (a
 * temporary file beside the target, then renamed), so a failed run leaves no half-written workbook.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { DEFAULT_PROFILE, PROFILES, profileDef } from '../catalog/tables/profiles.ts';
import { renderTablesXlsx } from '../render/xlsx/index.ts';
import { parseCommandArgs, UsageError } from './usage.ts';

const USAGE = 'juesuan template [--profile 模板] [--entity 编制单位] --out <文件.xlsx>';

const WRITE_ERRORS: Readonly<Record<string, string>> = {
  EACCES: '没有写入权限',
  EPERM: '没有写入权限',
  EISDIR: '这是一个文件夹',
  ENOTDIR: '路径中有一段不是文件夹',
  EEXIST: '路径中有一段不是文件夹',
  ENOSPC: '磁盘空间不足',
  EROFS: '文件系统只读',
};

/** Writes bytes to a file through a temporary file in the same folder and a rename. */
export function writeFileAtomically(file: string, bytes: Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${dirname(file)}/.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

export async function runTemplate(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { profile: { type: 'string' }, out: { type: 'string' }, entity: { type: 'string' } },
    USAGE,
  );
  if (positionals.length > 0) throw new UsageError(`多余的参数：${positionals.join(' ')}\n用法：${USAGE}`);
  if (values.out === undefined || values.out.trim() === '') {
    throw new UsageError(`请用 --out 指定输出文件。\n用法：${USAGE}`);
  }
  if (!/\.xlsx$/i.test(values.out)) throw new UsageError(`输出文件应以 .xlsx 结尾：${values.out}`);
  const profileId = values.profile ?? DEFAULT_PROFILE;
  const profile = profileDef(profileId);
  if (profile === undefined) {
    process.stderr.write(`未知的公开模板“${profileId}”（可用：${Object.keys(PROFILES).join('、')}）。\n`);
    return 2;
  }
  const out = resolve(values.out);
  const bytes = await renderTablesXlsx(null, {
    profile: profile.id,
    blank: true,
    ...(values.entity !== undefined ? { entityName: values.entity } : {}),
  });
  try {
    writeFileAtomically(out, bytes);
  } catch (e) {
    const code = e instanceof Error && 'code' in e ? String(e.code) : '';
    process.stderr.write(
      `无法写入 ${out}：${WRITE_ERRORS[code] ?? (code || String(e))}。没有写出任何文件。\n`,
    );
    return 2;
  }
  process.stdout.write(
    `已写出空白模板 ${out}：${profile.name}，${profile.tables.length} 张表。填好后用 juesuan import 读入。\n`,
  );
  return 0;
}
