/**
 * @module Test helpers: reports Juesuan generates for consistent synthetic departments (test/synth.ts),
 * varied by seed — exact or rounded to 0.01万元 figure by figure, new departments with nothing the year
 * before, several units, 三公 changed from the year before — written in a format and audited from the
 * file. A correct report must give no error and no warning: whatever the audit finds there is a false
 * alarm (or a true defect of the narrative generator).
 */
import { synthDataset } from '../../test/synth.ts';
import type { Dataset, PriorYear } from '../model/types.ts';
import { type Fen, fen, roundToWanCent } from '../money/index.ts';
import { buildReport } from '../narrative/document.ts';
import { auditFile } from './audit.ts';
import type { AuditFinding } from './checks/types.ts';
import { type Format, writeReport } from './injected/formats.testing.ts';

/** How a synthetic department departs from the plain synthDataset of its seed. */
export type Variant = {
  readonly seed: number;
  readonly rounded: boolean;
  /** A department new this year: every figure of the year before is 0. */
  readonly newDepartment: boolean;
  /** Three budget units instead of one. */
  readonly units: number;
  /** The 三公 figures of the year before differ from this year's (by 20%, or were 0). */
  readonly sangongChanged: boolean;
};

/** The variant of a seed: structures differ from one seed to the next. */
export function variantOf(seed: number, rounded = seed % 2 === 0): Variant {
  return {
    seed,
    rounded,
    newDepartment: seed % 5 === 4,
    units: seed % 3 === 0 ? 3 : 1,
    sangongChanged: seed % 4 === 1,
  };
}

const scale = (f: Fen | null, num: number, den: number, rounded: boolean): Fen | null => {
  if (f === null) return null;
  const v = fen(Math.floor((f * num) / den));
  return rounded ? roundToWanCent(v) : v;
};

/** The consistent dataset of a variant. */
export function variantDataset(v: Variant): Dataset {
  const ds = synthDataset({ seed: v.seed, rounded: v.rounded });
  let priorYear: PriorYear = ds.priorYear;
  if (v.sangongChanged) {
    const s = priorYear.sangong;
    // Reception 20% more the year before, vehicles none the year before; totals follow.
    const reception = scale(s.reception, 6, 5, v.rounded);
    const sangong = {
      ...s,
      reception,
      vehicle: fen(0),
      vehiclePurchase: fen(0),
      vehicleOperation: fen(0),
      total: fen((s.abroad ?? 0) + (reception ?? 0)),
    };
    priorYear = { ...priorYear, sangong };
  }
  if (v.newDepartment) {
    const zeroed = (o: object) =>
      Object.fromEntries(Object.entries(o).map(([k, x]) => [k, typeof x === 'number' ? fen(0) : x]));
    priorYear = {
      ...zeroed(priorYear),
      year: priorYear.year,
      sangong: zeroed(priorYear.sangong),
    } as PriorYear;
  }
  const units =
    v.units === 1
      ? ds.entity.units
      : Array.from({ length: v.units }, (_, i) => ({
          name: i === 0 ? ds.entity.name : `${ds.entity.name}下属中心${i}`,
          unitType: i === 0 ? ds.entity.unitType : ('事业单位' as const),
        }));
  return { ...ds, entity: { ...ds.entity, units }, priorYear };
}

export type Audited = { readonly variant: Variant; readonly file: string; readonly alarms: AuditFinding[] };

/** Writes the report of a variant in a format and audits it; `alarms` are its errors and warnings. */
export async function auditVariant(v: Variant, format: Format): Promise<Audited> {
  const report = buildReport(variantDataset(v));
  const file = await writeReport(report, format, `synth-${v.seed}`, { ownCharts: true });
  const { findings } = await auditFile(file);
  return { variant: v, file, alarms: findings.filter((f) => f.severity !== 'notice') };
}

/** One line per alarm, quoting its evidence, for a failure message or a count. */
export function describeAlarms(a: Audited): string[] {
  const v = a.variant;
  const tag = `seed ${v.seed}${v.rounded ? ' rounded' : ''}${v.newDepartment ? ' new' : ''}${v.units > 1 ? ` ${v.units} units` : ''}${v.sangongChanged ? ' 三公 changed' : ''}`;
  return a.alarms.map(
    (f) =>
      `${tag}: ${f.severity} ${f.rule} ${f.evidence.map((e) => e.text).join(' | ')}${f.expectedText ? ` (expected ${f.expectedText}, actual ${f.actualText})` : ''}`,
  );
}
