/**
 * @module The profile of an imported workbook: the one asked for, else the `_juesuan` hint, else the
 * one whose table set fits (a workbook with any of the Sichuan-only tables T05/T07/T09/T11 is
 * sichuan-13; one without them central-9).
 */
import { DEFAULT_PROFILE, profileDef } from '../../catalog/tables/profiles.ts';
import type { TableId } from '../../catalog/tables/types.ts';
import { ImportError } from './errors.ts';

const SICHUAN_ONLY: readonly TableId[] = ['T05', 'T07', 'T09', 'T11'];

/** The profile id; throws an ImportError for an unknown profile asked for. */
export function chooseProfile(
  present: ReadonlySet<TableId>,
  opts: { readonly profile?: string },
  hinted: string | undefined,
  file: string,
): string {
  if (opts.profile !== undefined) {
    if (profileDef(opts.profile) === undefined) {
      throw new ImportError({ file }, `未知的公开模板“${opts.profile}”（可用：sichuan-13、central-9）`);
    }
    return opts.profile;
  }
  if (hinted !== undefined && profileDef(hinted) !== undefined) return hinted;
  if (SICHUAN_ONLY.some((t) => present.has(t))) return 'sichuan-13';
  return present.size > 0 ? 'central-9' : DEFAULT_PROFILE;
}
