/** Portal: the sha256-keyed LRU of file bytes (bounded by size, shared reads, nothing kept for a miss). */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { blobCache } from '../../src/server/portal/blob-cache.ts';

function counted(sizes: Record<string, number>) {
  const reads: string[] = [];
  const read = async (sha: string) => {
    reads.push(sha);
    await new Promise((r) => setImmediate(r));
    const n = sizes[sha];
    return n === undefined ? null : new Uint8Array(n).fill(sha.charCodeAt(0));
  };
  return { reads, read };
}

it('keeps recently used bytes within its budget and reads each hash once', async () => {
  const { reads, read } = counted({ a: 50, b: 50, c: 50, d: 50, e: 50, big: 51, none: 0 });
  const cache = blobCache(read, 200);
  const [a1, a2] = await Promise.all([cache.get('a'), cache.get('a')]);
  assert.equal(a1, a2, 'concurrent misses share one read');
  assert.deepEqual(reads, ['a']);
  await cache.get('b');
  await cache.get('a'); // a is now the most recently used
  await cache.get('c');
  await cache.get('d');
  assert.deepEqual(cache.stats(), { bytes: 200, entries: 4 });
  await cache.get('e'); // 250 > 200: b, the least recently used, goes
  assert.deepEqual(cache.stats(), { bytes: 200, entries: 4 });
  await cache.get('a');
  await cache.get('b');
  assert.deepEqual(reads, ['a', 'b', 'c', 'd', 'e', 'b'], 'a stayed, b was read again');
  await cache.get('big');
  await cache.get('big');
  assert.equal(reads.filter((r) => r === 'big').length, 2, 'more than a quarter of the budget is not kept');
  assert.equal(await cache.get('missing'), null);
  assert.equal(await cache.get('missing'), null);
  assert.equal(reads.filter((r) => r === 'missing').length, 2, 'a miss is not remembered');
  assert.deepEqual((await cache.get('none'))?.byteLength, 0, 'empty files are files');
});
