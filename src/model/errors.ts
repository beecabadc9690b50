/** An input problem that makes a dataset unusable: where it is (file, row, field) and what is wrong, in Chinese. */
export type InputError = { readonly where: string; readonly message: string };

/** Format input errors for a person, one per line. */
export function formatInputErrors(errors: readonly InputError[]): string {
  return errors.map((e) => `${e.where}：${e.message}`).join('\n');
}
