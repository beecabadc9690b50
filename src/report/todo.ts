import type { Block, Report, Run } from './types.ts';

function runsOf(b: Block): readonly Run[] {
  if (b.kind === 'paragraph' || b.kind === 'note') return b.runs;
  if (b.kind === 'list') return b.items.flat();
  return [];
}

/** The 【待补充：…】 markers left in a report, in reading order. */
export function todoMarkers(report: Report): string[] {
  return report.parts.flatMap((p) =>
    p.blocks.flatMap((b) =>
      runsOf(b)
        .filter((r) => 'todo' in r)
        .map((r) => r.text),
    ),
  );
}
