/**
 * The worker-thread renderer gives the same files as rendering in the calling thread, keeps the event loop
 * free while it works, and reports a dataset it cannot read as an error.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { ThreadRenderer } from '../../src/server/data/render-thread.ts';
import { IN_PROCESS_RENDERER } from '../../src/server/data/renderer.ts';
import { storedJson, toStored } from '../../src/server/data/stored-dataset.ts';
import { example } from '../helpers.ts';

describe('render thread', () => {
  const renderer = new ThreadRenderer();
  after(() => renderer.close());
  const dataset = storedJson(toStored(example()));

  it('renders the same bytes as the calling thread, without blocking it', async () => {
    let ticks = 0;
    const timer = setInterval(() => {
      ticks += 1;
    }, 20);
    const [threaded] = await Promise.all([renderer.render(dataset, 'report.html')]);
    clearInterval(timer);
    assert.ok(ticks >= 5, `the event loop kept running while the thread rendered (${ticks} ticks)`);
    const local = await IN_PROCESS_RENDERER.render(dataset, 'report.html');
    const a = threaded.get('report.html')!;
    const b = local.get('report.html')!;
    assert.equal(a.contentType, 'text/html; charset=utf-8');
    assert.deepEqual(Buffer.from(a.bytes), Buffer.from(b.bytes));
    const findings = (await renderer.render(dataset, 'findings.json')).get('findings.json')!;
    assert.equal(JSON.parse(new TextDecoder().decode(findings.bytes)).summary.warnings, 14);
  });

  it('rejects a dataset it cannot read, and keeps working afterwards', async () => {
    await assert.rejects(renderer.render({ not: 'a dataset' }, 'report.html'), /does not parse/);
    const again = await renderer.render(dataset, 'findings.json');
    assert.ok(again.has('findings.json'));
  });
});
