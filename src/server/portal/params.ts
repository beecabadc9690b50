/**
 * @module Parsing the portal's URL parameters strictly: a malformed value is a Chinese message for a 400
 * page (query) or a plain 404 (path), never something passed on to the store as it came.
 */

/** A parsed parameter or the reason it was refused. */
export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(message: string): Parsed<T> => ({ ok: false, message });

/** Years a disclosure can have. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** A year in a path segment (four digits within range), or null. */
export function pathYear(text: string): number | null {
  if (!/^\d{4}$/.test(text)) return null;
  const y = Number(text);
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
}

/** An organisation id in a path segment (letters, digits, '-' and '_', at most 64), or null. */
export function pathId(text: string): string | null {
  return /^[A-Za-z0-9_-]{1,64}$/.test(text) ? text : null;
}

/** A version number in a path segment (1…999999), or null. */
export function pathNumber(text: string): number | null {
  return /^[1-9]\d{0,5}$/.test(text) ? Number(text) : null;
}

/** An optional year in the query: absent or empty is undefined. */
export function queryYear(text: string | undefined): Parsed<number | undefined> {
  if (text === undefined || text.trim() === '') return ok(undefined);
  const y = pathYear(text.trim());
  return y === null
    ? bad(`年度“${text.slice(0, 20)}”无效：应为${MIN_YEAR}至${MAX_YEAR}之间的四位数字。`)
    : ok(y);
}

/** An optional free text in the query (trimmed; empty is undefined), at most `max` characters. */
export function queryText(text: string | undefined, label: string, max: number): Parsed<string | undefined> {
  const t = (text ?? '').trim();
  if (t === '') return ok(undefined);
  if ([...t].length > max) return bad(`${label}过长：最多${max}个字。`);
  // Control characters never belong in a search; refuse them rather than pass them on.
  if (/\p{Cc}/u.test(t)) return bad(`${label}含有无效字符。`);
  return ok(t);
}

/** An optional id in the query. */
export function queryId(text: string | undefined, label: string): Parsed<string | undefined> {
  if (text === undefined || text === '') return ok(undefined);
  const id = pathId(text);
  return id === null ? bad(`${label}无效。`) : ok(id);
}

/** The page number (1 when absent), at most `max`. */
export function queryPage(text: string | undefined, max = 1000): Parsed<number> {
  if (text === undefined || text === '') return ok(1);
  if (!/^[1-9]\d{0,5}$/.test(text) || Number(text) > max) return bad(`页码“${text.slice(0, 20)}”无效。`);
  return ok(Number(text));
}

/** One of the allowed values (undefined when absent). */
export function queryChoice<T extends string>(
  text: string | undefined,
  allowed: readonly T[],
  label: string,
): Parsed<T | undefined> {
  if (text === undefined || text === '') return ok(undefined);
  return (allowed as readonly string[]).includes(text)
    ? ok(text as T)
    : bad(`${label}“${text.slice(0, 20)}”无效。`);
}
