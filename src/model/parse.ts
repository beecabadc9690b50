/**
 * @module Validate a parsed disclosure.yaml against the schema and build the Dataset; every problem
 * comes back as an InputError naming the file and the field, in Chinese.
 */
import type { z } from 'zod';
import { type BuildResult, type BuildSources, buildDataset } from './convert.ts';
import type { InputError } from './errors.ts';
import { DisclosureInput } from './schema.ts';

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `未知字段：${issue.keys.join('、')}`;
    case 'invalid_type':
      return issue.input === undefined ? '缺少必填字段' : `类型不对（应为 ${issue.expected}）`;
    case 'invalid_value':
      return `取值不在允许范围内（可用：${issue.values.map(String).join('、')}）`;
    case 'invalid_union':
      return '取值格式不对（金额应为数字字符串，数量应为非负整数）';
    case 'invalid_format':
      return '格式不对';
    case 'too_small':
      return '不能为空';
    default:
      return '取值无效';
  }
}

/** Validate and convert; `raw` is the YAML document as parsed (scalars may be strings). */
export function parseDisclosure(raw: unknown, src: BuildSources): BuildResult {
  const parsed = DisclosureInput.safeParse(raw);
  if (!parsed.success) {
    const errors: InputError[] = parsed.error.issues.map((issue) => ({
      where: `${src.file}，字段 ${issue.path.map(String).join('.') || '（根）'}`,
      message: describeIssue(issue),
    }));
    return { ok: false, errors };
  }
  return buildDataset(parsed.data, src);
}
