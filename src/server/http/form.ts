/**
 * @module Reading submitted forms: text fields as strings (a missing or file field is ''), never trusting
 * the shape the browser sent.
 */

/** A parsed form body as Hono gives it. */
export type FormBody = Readonly<Record<string, unknown>>;

/** The text value of a field ('' when absent, a file, or repeated). */
export function formString(body: FormBody, name: string): string {
  const v = body[name];
  return typeof v === 'string' ? v : '';
}

/** The text fields of a form whose names start with a prefix. */
export function formStrings(body: FormBody, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) if (k.startsWith(prefix) && typeof v === 'string') out[k] = v;
  return out;
}

/** A positive integer field, or null. */
export function formInt(body: FormBody, name: string): number | null {
  const v = formString(body, name).trim();
  return /^\d{1,9}$/.test(v) ? Number(v) : null;
}
