/**
 * @module Test helpers: the example's report and charts as DOCX, LibreOffice's reference rendering of a DOCX to
 * PDF (with fonts/fonts.conf aliasing the customary faces to Noto), the PDF's text by page (pdfjs), the figures a
 * text states, and the parts of the package (JSZip).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { example } from '../../../test/helpers.ts';
import { buildReport } from '../../narrative/document.ts';
import type { Figure, Report } from '../../report/types.ts';
import { renderChartPng } from '../charts/png.ts';
import { DOCX_CHART_SIZE } from './figure.ts';

/** The project's fontconfig file for LibreOffice renderings. */
export const FONTS_CONF = resolve(fileURLToPath(import.meta.url), '../../../../fonts/fonts.conf');

const writer =
  spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0 &&
  existsSync('/usr/lib/libreoffice/program/libswlo.so');
/** Why LibreOffice tests are skipped, or false when LibreOffice Writer is installed. */
export const SKIP_LIBREOFFICE = writer
  ? false
  : 'LibreOffice Writer (libreoffice-writer-nogui) is not installed';

/** The figures of a report, in order. */
export function figuresOf(report: Report): Figure[] {
  return report.parts.flatMap((p) => p.blocks.filter((b): b is Figure => b.kind === 'figure'));
}

/** The example's report (draft or not) and its chart PNGs by figure id. */
export async function exampleReport(
  draft = false,
): Promise<{ report: Report; chartPngs: Record<string, Uint8Array> }> {
  const report = buildReport(example(), { draft });
  const chartPngs: Record<string, Uint8Array> = {};
  for (const f of figuresOf(report)) chartPngs[f.id] = await renderChartPng(f, DOCX_CHART_SIZE);
  return { report, chartPngs };
}

/**
 * LibreOffice converts `file` to PDF in `dir` (a private profile there, the project's fonts through
 * FONTS_CONF); the caller checks `status`. The PDF is `pdf` (the file's name with .pdf).
 */
export function sofficeToPdf(
  file: string,
  dir: string,
  timeoutMs: number,
): { status: number | null; stderr: string; ms: number; pdf: string } {
  const started = performance.now();
  const r = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      file,
    ],
    { encoding: 'utf8', timeout: timeoutMs, env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF } },
  );
  const ms = performance.now() - started;
  const pdf = join(dir, `${basename(file).replace(/\.[^.]+$/, '')}.pdf`);
  return { status: r.status, stderr: r.stderr || String(r.error ?? ''), ms, pdf };
}

/** Converts a DOCX to PDF with LibreOffice (private profile, project fonts); returns the PDF and the time taken. */
export function libreOfficePdf(docx: Uint8Array): { pdf: Uint8Array; ms: number } {
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-docx-lo-'));
  try {
    const file = join(dir, 'report.docx');
    writeFileSync(file, docx);
    const r = sofficeToPdf(file, dir, 170_000);
    assert.equal(r.status, 0, `soffice failed: ${r.stderr}`);
    return { pdf: new Uint8Array(readFileSync(r.pdf)), ms: r.ms };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of each page (items joined as printed, a newline at each line end), NFKC-normalised. */
export async function pdfPageTexts(pdf: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: pdf.slice(), useSystemFonts: false }).promise;
  try {
    const pages: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      const text = content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : '') : '')).join('');
      pages.push(text.normalize('NFKC'));
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** Amounts with two decimals ('651.04', '1,234.56', '-0.30') and percentages ('30.07%', '100%'). */
const FIGURE = /-?\d[\d,]*(?:\.\d+)?%|-?\d[\d,]*\.\d{2}(?!\d)/g;

/** How often each amount and percentage occurs in a text. */
export function figureCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.normalize('NFKC').matchAll(FIGURE)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return counts;
}

/** Reads a package part as text. */
export async function partText(docx: Uint8Array, path: string): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  const file = zip.file(path);
  assert.ok(file, `${path} is missing from the package`);
  return file.async('string');
}

/** The paths in the package. */
export async function partNames(docx: Uint8Array): Promise<string[]> {
  return Object.keys((await JSZip.loadAsync(docx)).files);
}
