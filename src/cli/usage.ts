import { type ParseArgsConfig, parseArgs } from 'node:util';

/** A wrong command line: shown to the user as is, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** parseArgs with Chinese errors. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: T,
  usage: string,
) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(`参数错误：${e instanceof Error ? e.message : String(e)}\n用法：${usage}`);
  }
}

/** The message locale chosen with --lang. */
export function localeOf(lang: string | undefined): 'zh-CN' | 'en' {
  if (lang === undefined || lang === 'zh' || lang === 'zh-CN') return 'zh-CN';
  if (lang === 'en') return 'en';
  throw new UsageError(`不支持的语言“${lang}”（可用：zh-CN、en）`);
}
