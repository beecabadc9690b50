/**
 * @module The files of a version, rendered from one report tree: the downloads (HTML, PDF, DOCX, XLSX,
 * the open-data package as a zip, findings.json) and, for publication, every open-data file on its own.
 * Versions never change, so renders are cached per version in a small LRU.
 */
import { zipSync } from 'fflate';
import { figuresOf } from '../../build/outputs.ts';
import type { Dataset } from '../../model/types.ts';
import { buildReport } from '../../narrative/document.ts';
import { embedFontInSvg, renderChartSvg } from '../../render/charts/index.ts';
import { renderChartPng } from '../../render/charts/png.ts';
import { renderDocx } from '../../render/docx/index.ts';
import { renderSelfContainedHtml } from '../../render/html/index.ts';
import { renderOpenData } from '../../render/opendata/index.ts';
import { renderPdf } from '../../render/pdf/index.ts';
import { renderTablesXlsx } from '../../render/xlsx/index.ts';
import type { Report } from '../../report/types.ts';
import { findingsJson } from '../../rules/format.ts';
import type { Finding } from '../../rules/types.ts';

/** A rendered file. */
export type RenderedFile = { readonly bytes: Uint8Array; readonly contentType: string };

/** The downloads of a version, by file name, with their Chinese labels. */
export const DOWNLOADS = [
  { name: 'report.html', label: '报告（网页 HTML）', contentType: 'text/html; charset=utf-8' },
  { name: 'report.pdf', label: '报告（PDF）', contentType: 'application/pdf' },
  {
    name: 'report.docx',
    label: '报告（Word DOCX）',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  {
    name: 'tables.xlsx',
    label: '附表（Excel XLSX）',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  { name: 'datapackage.zip', label: '开放数据包（datapackage，ZIP）', contentType: 'application/zip' },
  {
    name: 'findings.json',
    label: '校验结果（findings.json）',
    contentType: 'application/json; charset=utf-8',
  },
] as const;

/** A download's file name. */
export type DownloadName = (typeof DOWNLOADS)[number]['name'];

/** Whether a name is one of the downloads. */
export function isDownload(name: string): name is DownloadName {
  return DOWNLOADS.some((d) => d.name === name);
}

const encoder = new TextEncoder();
const text = (s: string, contentType: string): RenderedFile => ({ bytes: encoder.encode(s), contentType });
/** Fixed entry time so equal content gives equal zip bytes (content-addressed storage). */
const ZIP_TIME = new Date('2000-01-01T00:00:00Z');

function contentTypeOf(path: string): string {
  if (path.endsWith('.json')) return 'application/json; charset=utf-8';
  if (path.endsWith('.csv')) return 'text/csv; charset=utf-8';
  if (path.endsWith('.svg')) return 'image/svg+xml';
  return 'application/octet-stream';
}

/** One version's renders, sharing the report tree and the chart SVGs between formats. */
export class VersionRenderer {
  readonly #ds: Dataset;
  readonly #findings: readonly Finding[];
  readonly #draft: boolean;
  #report: Report | undefined;
  #svgs: Record<string, string> | undefined;

  constructor(ds: Dataset, findings: readonly Finding[]) {
    this.#ds = ds;
    this.#findings = findings;
    this.#draft = findings.some((f) => f.severity === 'error');
  }

  get report(): Report {
    this.#report ??= buildReport(this.#ds, { draft: this.#draft });
    return this.#report;
  }

  get chartSvgs(): Record<string, string> {
    this.#svgs ??= Object.fromEntries(figuresOf(this.report).map((f) => [f.id, renderChartSvg(f)]));
    return this.#svgs;
  }

  /** The open-data files by path (datapackage.json, data/*.csv, dataset.json, units/*.json). */
  openData(): Map<string, string> {
    return renderOpenData(this.#ds, findingsJson(this.#findings).summary);
  }

  /** Renders one download. */
  async render(name: DownloadName): Promise<RenderedFile> {
    const type = DOWNLOADS.find((d) => d.name === name)!.contentType;
    switch (name) {
      case 'report.html':
        return text(await renderSelfContainedHtml(this.report, this.chartSvgs), type);
      case 'report.pdf':
        return { bytes: await renderPdf(this.report, { chartSvgs: this.chartSvgs }), contentType: type };
      case 'report.docx': {
        const pngs: Record<string, Uint8Array> = {};
        for (const f of figuresOf(this.report)) pngs[f.id] = await renderChartPng(f);
        return { bytes: await renderDocx(this.report, { chartPngs: pngs }), contentType: type };
      }
      case 'tables.xlsx':
        return {
          bytes: await renderTablesXlsx(this.#ds, { profile: this.#ds.entity.profile, draft: this.#draft }),
          contentType: type,
        };
      case 'datapackage.zip': {
        const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
        for (const [path, content] of this.openData())
          entries[path] = [encoder.encode(content), { mtime: ZIP_TIME }];
        return { bytes: zipSync(entries, { level: 6 }), contentType: type };
      }
      case 'findings.json':
        return text(`${JSON.stringify(findingsJson(this.#findings), null, 2)}\n`, type);
    }
  }

  /** Every file of a publication: the downloads, each open-data file and each chart SVG, by path. */
  async renderAll(): Promise<Map<string, RenderedFile>> {
    const out = new Map<string, RenderedFile>();
    for (const d of DOWNLOADS) out.set(d.name, await this.render(d.name));
    for (const [path, content] of this.openData()) out.set(path, text(content, contentTypeOf(path)));
    for (const [id, svg] of Object.entries(this.chartSvgs)) {
      out.set(`charts/${id}.svg`, text(await embedFontInSvg(svg), 'image/svg+xml'));
    }
    return out;
  }
}

/** A small LRU of rendered files by key (version id and file name), bounded in total bytes. */
export class RenderCache {
  readonly #entries = new Map<string, RenderedFile>();
  readonly #pending = new Map<string, Promise<RenderedFile>>();
  #bytes = 0;
  readonly #maxBytes: number;

  constructor(maxBytes = 64 * 1024 * 1024) {
    this.#maxBytes = maxBytes;
  }

  /** The cached file, or the result of `make` (concurrent requests for one key share one render). */
  async get(key: string, make: () => Promise<RenderedFile>): Promise<RenderedFile> {
    const hit = this.#entries.get(key);
    if (hit !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, hit);
      return hit;
    }
    const pending = this.#pending.get(key);
    if (pending !== undefined) return pending;
    const p = make().finally(() => this.#pending.delete(key));
    this.#pending.set(key, p);
    const file = await p;
    this.#entries.set(key, file);
    this.#bytes += file.bytes.byteLength;
    for (const [k, v] of this.#entries) {
      if (this.#bytes <= this.#maxBytes) break;
      this.#entries.delete(k);
      this.#bytes -= v.bytes.byteLength;
    }
    return file;
  }
}
