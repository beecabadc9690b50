/**
 * @module `juesuan import <workbook|folder> --out <dataset> [--year Y] [--profile P] [--force] [--json]`:
 * reads the finance system's workbook (.xlsx, .xls) or CSV files into a dataset folder (tables/*.csv and
 * a disclosure.yaml skeleton), written atomically (a temporary folder renamed into place: nothing
 * half-written), then runs every rule on it and prints the findings. Exit 0, or 2 on unusable input.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { loadDatasetFolder } from '../ingest/dataset-folder.ts';
import { datasetFiles, importWorkbookPath } from '../ingest/workbook/index.ts';
import { formatInputErrors } from '../model/errors.ts';
import { runRules } from '../rules/engine.ts';
import { findingsJson } from '../rules/format.ts';
import { findingsText } from './check.ts';
import { localeOf, parseCommandArgs, UsageError } from './usage.ts';

const USAGE =
  'juesuan import <工作簿.xlsx|.xls|CSV 文件夹> --out <数据集文件夹> [--year 年度] [--profile 模板] [--force] [--json] [--lang en]';

/** Writes files into a fresh hidden folder beside `out`; returns its path. */
async function writeAtomically(out: string, files: Record<string, string>): Promise<string> {
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const tmp = join(dirname(out), `.${basename(out)}.import-${tag}`);
  await mkdir(dirname(out), { recursive: true });
  try {
    for (const [rel, content] of Object.entries(files)) {
      await mkdir(dirname(join(tmp, rel)), { recursive: true });
      await writeFile(join(tmp, rel), content, 'utf8');
    }
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
  return tmp;
}

/** Renames the written folder to `out` (replacing an existing `out` only with --force). */
async function moveIntoPlace(tmp: string, out: string, force: boolean): Promise<void> {
  if (!existsSync(out)) {
    await rename(tmp, out);
    return;
  }
  if (!force) throw new UsageError(`目标“${out}”已存在；请换一个文件夹，或加 --force 覆盖`);
  const old = `${tmp}.old`;
  await rename(out, old);
  try {
    await rename(tmp, out);
  } catch (e) {
    await rename(old, out);
    throw e;
  }
  await rm(old, { recursive: true, force: true });
}

/** Runs `juesuan import`; returns the exit code. */
export async function runImport(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      out: { type: 'string' },
      year: { type: 'string' },
      profile: { type: 'string' },
      force: { type: 'boolean' },
      json: { type: 'boolean' },
      lang: { type: 'string' },
    },
    USAGE,
  );
  const locale = localeOf(values.lang);
  if (positionals.length !== 1) throw new UsageError(`请指定一个工作簿或 CSV 文件夹。\n用法：${USAGE}`);
  if (values.out === undefined) throw new UsageError(`请用 --out 指定数据集文件夹。\n用法：${USAGE}`);
  if (values.year !== undefined && !/^(19|20)\d\d$/.test(values.year)) {
    throw new UsageError(`--year 应为四位年份，如 2023（而不是“${values.year}”）`);
  }
  const input = positionals[0]!;
  const out = resolve(values.out);
  if (existsSync(out) && !values.force)
    throw new UsageError(`目标“${values.out}”已存在；请换一个文件夹，或加 --force 覆盖`);
  const result = await importWorkbookPath(resolve(input), input, {
    ...(values.year !== undefined ? { year: Number(values.year) } : {}),
    ...(values.profile !== undefined ? { profile: values.profile } : {}),
  });
  if (!result.ok) {
    process.stderr.write(
      `无法导入：\n${result.errors.map((e) => e.message).join('\n')}\n（未写入任何文件。）\n`,
    );
    return 2;
  }
  const im = result.imported;
  const year = im.year;
  if (year === undefined) {
    process.stderr.write(
      `无法导入：文件“${input}”中找不到年度（如标题中的“2023年度”）；请用 --year 指定。\n（未写入任何文件。）\n`,
    );
    return 2;
  }
  for (const w of im.warnings) process.stderr.write(`提示：${w}\n`);
  const tmp = await writeAtomically(out, datasetFiles(im, year, im.profile));
  let loaded: ReturnType<typeof loadDatasetFolder>;
  try {
    loaded = loadDatasetFolder(tmp, dirname(tmp));
    if (!loaded.ok) {
      process.stderr.write(
        `导入的数据无法组成数据集：\n${formatInputErrors(loaded.errors)}\n（未写入任何文件。）\n`,
      );
      await rm(tmp, { recursive: true, force: true });
      return 2;
    }
    await moveIntoPlace(tmp, out, values.force === true);
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
  const count = Object.keys(im.tables).length;
  const findings = runRules(loaded.dataset);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(findingsJson(findings, locale), null, 2)}\n`);
  } else {
    process.stdout.write(
      `已从“${input}”导入 ${count} 张表到“${values.out}”（${im.profile}，${year}年度，金额单位${im.unit === 'yuan' ? '元' : '万元'}）。\n` +
        '请补全 disclosure.yaml 中标有“待填写”的内容。校验结果：\n',
    );
    process.stdout.write(findingsText(findings, locale));
  }
  return 0;
}
