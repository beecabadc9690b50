/**
 * Fonts over a real message port, answered by this thread's HarfBuzz: the same bytes as asking it directly,
 * metric tables that measure as the whole font does, and errors passed back as errors.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MessageChannel } from 'node:worker_threads';
import { fontAdvance } from '../pdf/metrics.ts';
import { metricTables } from './metric-tables.ts';
import { remoteFonts, serveFonts } from './remote.ts';
import { type FontService, localFonts } from './service.ts';
import { faceBytes, hbSubsetFace } from './subset.ts';

const TEXT = '剑阁县人民政府办公室2022年度部门决算（单位：万元）1,234.56%';

/** Runs `use` with fonts asked over a new port of a thread serving `served` (this thread's own by default). */
async function overPort(use: (fonts: FontService) => Promise<void>, served = localFonts): Promise<void> {
  const { port1, port2 } = new MessageChannel();
  serveFonts(port1, served);
  try {
    await use(remoteFonts(port2));
  } finally {
    port1.close();
  }
}

test('a subset asked over a port is the subset the serving thread makes', () =>
  overPort(async (fonts) => {
    for (const opts of [undefined, { layout: false }, { layoutClosure: false }] as const) {
      const remote = await fonts.subset('NotoSerifSC-Bold', TEXT, opts);
      const local = await hbSubsetFace('NotoSerifSC-Bold', TEXT, opts);
      assert.ok(remote.equals(local), `options ${JSON.stringify(opts)}`);
    }
  }));

test('metric tables measure every character as the whole font does, in a fraction of its bytes', () =>
  overPort(async (fonts) => {
    for (const name of ['NotoSansSC-Regular', 'NotoSerifSC-Bold'] as const) {
      const full = await faceBytes(name);
      const tables = await fonts.metrics(name);
      assert.ok(tables.equals(metricTables(full)));
      assert.ok(tables.length * 10 < full.length, `${tables.length} bytes of ${full.length}`);
      const [whole, small] = [fontAdvance(full), fontAdvance(tables)];
      const codePoints = [...TEXT, '—', '…', 'A', 'z', '\u{20000}'].map((c) => c.codePointAt(0)!);
      for (let cp = 0x4e00; cp < 0x9fff; cp += 37) codePoints.push(cp);
      for (const cp of codePoints) assert.equal(small(cp), whole(cp), `U+${cp.toString(16)} in ${name}`);
      assert.equal(small(0x4e2d), 1, '中 is one em');
    }
  }));

test('a request the serving thread cannot answer is rejected with its reason', async () => {
  await overPort((fonts) =>
    assert.rejects(fonts.subset('NoSuchFace' as never, TEXT), /Unknown font face 'NoSuchFace'/),
  );
  const failing = { ...localFonts, subset: () => Promise.reject(new Error('HarfBuzz could not subset')) };
  await overPort(
    (fonts) => assert.rejects(fonts.subset('NotoSansSC-Regular', TEXT), /could not subset/),
    failing,
  );
});
