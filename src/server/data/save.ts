/**
 * @module Saving a dataset as a new version: run every rule, count the findings, take the headline
 * figures (收支总计, 收入合计, 支出合计, 三公经费, 机关运行经费) for the portal's comparisons, store it.
 */
import type { Dataset } from '../../model/types.ts';
import { cellOf } from '../../model/views.ts';
import { runRules, summarise } from '../../rules/engine.ts';
import type { Finding } from '../../rules/types.ts';
import type { StoreOps } from '../../storage/port.ts';
import type { Actor, DisclosureVersion, VersionFigures } from '../../storage/types.ts';
import { storedJson, toStored } from './stored-dataset.ts';

/** The headline amounts of a dataset (fen; null when blank). */
export function figuresOf(ds: Dataset): VersionFigures {
  return {
    grandTotal: cellOf(ds, 'T01', 'income.grandTotal', 'amount'),
    incomeTotal: cellOf(ds, 'T01', 'income.total', 'amount'),
    expenditureTotal: cellOf(ds, 'T01', 'expenditure.total', 'amount'),
    sangongTotal: cellOf(ds, 'T13', 'amount', 'actual.total'),
    operatingExpenses: ds.operatingExpenses,
  };
}

/** Saves the dataset as the disclosure's next version; returns it with the findings it has. */
export async function saveDataset(
  store: StoreOps,
  input: {
    disclosureId: string;
    dataset: Dataset;
    comment: string;
    expectedCurrentVersionId?: string | null;
  },
  actor: Actor,
): Promise<{ version: DisclosureVersion; findings: Finding[] }> {
  const findings = runRules(input.dataset);
  const version = await store.saveVersion(
    {
      disclosureId: input.disclosureId,
      dataset: storedJson(toStored(input.dataset)),
      findings: summarise(findings),
      figures: figuresOf(input.dataset),
      comment: input.comment.slice(0, 500),
      ...(input.expectedCurrentVersionId === undefined
        ? {}
        : { expectedCurrentVersionId: input.expectedCurrentVersionId }),
    },
    actor,
  );
  return { version, findings };
}
