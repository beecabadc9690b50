/**
 * LibreOffice Calc opens the workbook and prints it: one landscape A4 page per table sheet (the example's
 * tables each fit one page), titles and figures on them, the hidden _juesuan sheet not printed.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { example } from '../../../test/helpers.ts';
import { tableDef } from '../../catalog/tables/definitions.ts';
import { profileDef } from '../../catalog/tables/profiles.ts';
import { sofficeToPdf } from '../docx/testing.ts';
import { renderTablesXlsx } from './workbook.ts';

const calc =
  spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0 &&
  existsSync('/usr/lib/libreoffice/program/libsclo.so');
const skip = calc ? false : 'LibreOffice Calc (libreoffice-calc-nogui) is not installed';

async function pdfPages(file: string) {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false }).promise;
  const pages: { width: number; height: number; text: string }[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const { width, height } = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const text = content.items.map((it) => ('str' in it ? it.str : '')).join('');
    pages.push({ width, height, text: text.normalize('NFKC') });
  }
  await doc.destroy();
  return pages;
}

test('LibreOffice prints every table sheet on its own landscape A4 page', {
  skip,
  timeout: 120_000,
}, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-xlsx-lo-'));
  try {
    const xlsx = join(dir, 'tables.xlsx');
    writeFileSync(xlsx, await renderTablesXlsx(example(), { profile: 'sichuan-13' }));
    const r = sofficeToPdf(xlsx, dir, 110_000);
    assert.equal(r.status, 0, r.stderr);
    const pages = await pdfPages(r.pdf);
    const tables = profileDef('sichuan-13')!.tables;
    assert.equal(pages.length, tables.length);
    tables.forEach((t, i) => {
      const page = pages[i]!;
      assert.ok(
        Math.abs(page.width - 842) < 2 && Math.abs(page.height - 595) < 2,
        `page ${i + 1} is A4 landscape`,
      );
      // Quotes come from a fallback font and are extracted out of line: compare without them.
      const bare = (s: string) => s.normalize('NFKC').replace(/[\s“”"]/g, '');
      const compact = bare(page.text);
      assert.ok(
        compact.includes(bare(tableDef(t.table).title)),
        `page ${i + 1}: ${t.table} title in ${compact}`,
      );
      assert.ok(compact.includes(`公开${String(i + 1).padStart(2, '0')}表`), `page ${i + 1}: number`);
    });
    assert.match(pages[0]!.text, /651\.04/);
    assert.match(pages[2]!.text, /402\.62/);
    assert.ok(
      pages.every((p) => !p.text.includes('juesuan-layout')),
      'the hidden sheet is not printed',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
