/**
 * @module Fact extraction from a normalised report: the report year, the unit of unit-less figures,
 * every labelled amount, change, share (grouped into lists), completion rate and count, and the
 * figures of the tables.
 */
import type { Doc } from './doc.ts';
import { domainOfStatement } from './domain.ts';
import { linkChanges, linkCompletions, linkFlats, linkShares } from './link.ts';
import { type SentenceFacts, sentenceFacts } from './sentence.ts';
import { tableFacts } from './tables.ts';
import type { AmountUnit } from './tokens.ts';
import type { AmountFact, CountFact, Facts } from './types.ts';

const UNIT_DECLARED = /单位[:：]\s*(万元|亿元|元)/;

/** The year the report is for: "2022年度部门决算…", else the most stated "YYYY年" with 决算. */
export function reportYearOf(doc: Doc): number | undefined {
  const votes = new Map<number, number>();
  const vote = (y: number, w: number) => votes.set(y, (votes.get(y) ?? 0) + w);
  for (const line of doc.lines) {
    for (const m of line.text.matchAll(/(20\d\d)年度?(部门|单位)?(整体)?(决算|支出绩效|绩效)/g))
      vote(Number(m[1]), 3);
    for (const m of line.text.matchAll(/(20\d\d)年(?=本年|度)/g)) vote(Number(m[1]), 1);
  }
  let best: [number, number] | undefined;
  for (const [y, n] of votes) if (!best || n > best[1]) best = [y, n];
  return best?.[0];
}

/** The unit most figures are printed in ('万元' unless 元 figures outnumber them). */
function dominantUnit(doc: Doc): AmountUnit {
  let wan = 0;
  let yuan = 0;
  for (const line of doc.lines) {
    wan += (line.text.match(/\d\s*万元/g) ?? []).length;
    yuan += (line.text.match(/\d\s*元/g) ?? []).length;
  }
  return yuan > wan ? '元' : '万元';
}

/** Extracts every fact of a document. */
export function extractFacts(doc: Doc): Facts {
  const reportYear = reportYearOf(doc);
  const docUnit = dominantUnit(doc);
  let id = 0;
  const nextId = () => {
    id += 1;
    return id;
  };
  const per: SentenceFacts[] = [];
  const subjects = new Map<number, string>();
  let unit: AmountUnit = docUnit;
  let unitLine = -1;
  for (const s of doc.sentences) {
    const line = doc.lines[s.line]!;
    if (s.line !== unitLine) {
      unitLine = s.line;
      const declared = UNIT_DECLARED.exec(line.text);
      if (declared) unit = declared[1] as AmountUnit;
      else if (line.marker?.family === 'part') unit = docUnit;
    }
    const f = sentenceFacts(line, s, unit, reportYear, nextId);
    if (f.subject) subjects.set(s.index, f.subject);
    per.push(f);
  }
  const amounts: AmountFact[] = per
    .flatMap((f) => f.amounts)
    .map((a) => {
      const domain = domainOfStatement(a.key, doc.lines[a.line]!.headings);
      return domain === undefined ? a : { ...a, domain };
    });
  const year = reportYear ?? 2022;
  const tableAmounts = doc.tables.flatMap((t) => tableFacts(t, { defaultUnit: docUnit, year, nextId }));
  const { shares, lists } = linkShares(
    per.flatMap((f) => f.shares),
    amounts,
    doc,
  );
  const counts: CountFact[] = per.flatMap((f) => f.counts);
  return {
    doc,
    ...(reportYear === undefined ? {} : { reportYear }),
    amounts,
    changes: linkChanges(
      per.flatMap((f) => f.changes),
      amounts,
      subjects,
      doc,
    ),
    flats: linkFlats(
      per.flatMap((f) => f.flats),
      amounts,
      subjects,
    ),
    shares,
    shareLists: lists,
    completions: linkCompletions(
      per.flatMap((f) => f.completions),
      amounts,
      doc,
    ),
    counts,
    tableAmounts,
  };
}
