/** @module The user's explanation of a change or variance: "主要原因是：…。" or a visible 【待补充】 marker. */
import type { Run } from '../../report/types.ts';
import { text, todo } from './runs.ts';

const LEADING = /^\s*主要(?:变动)?原因(?:是|为)?\s*[：:]?\s*/;
const TRAILING = /[\s。．.；;，,]+$/;

/** The reason as written by the user without a leading "主要原因是：" or trailing punctuation; '' when empty. */
export function cleanReason(reason: string | undefined): string {
  return (reason ?? '').replace(LEADING, '').replace(TRAILING, '').trim();
}

/** "主要原因是：R。", or the marker 【待补充：{label}原因】 when the reason is missing. */
export function reasonRuns(reason: string | undefined, label: string): Run[] {
  const r = cleanReason(reason);
  return r === '' ? [todo(`${label}原因`)] : [text(`主要原因是：${r}。`)];
}
