/**
 * @module The portal tests' world: a real SQLite store in a temporary file, filled through the Store API with
 * published, corrected, approved-only, submitted and draft disclosures and their files; the portal's routes
 * on it. Nothing is mocked.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import type { Hono } from 'hono';
import { fen } from '../../src/money/index.ts';
import { renderOpenData } from '../../src/render/opendata/index.ts';
import { portalRoutes, putOutputFiles } from '../../src/server/portal/index.ts';
import type { Store } from '../../src/storage/port.ts';
import { openSqliteStore } from '../../src/storage/sqlite/open.ts';
import type { Actor, Organisation, VersionFigures } from '../../src/storage/types.ts';
import { example } from '../helpers.ts';

export const XSS_NAME = '广元市教育局<script>alert(1)</script>';
const SYSTEM: Actor = { userId: null, ip: null };

/** The example's open data (real CSV and JSON from the renderer). */
export const OPEN_DATA = renderOpenData(example());
export const T03 = 'data/T03-expenditure.csv';
/** T03 as corrected: the 合计 row's total 6510400.00 → 6510500.00. */
export const T03_CORRECTED = (OPEN_DATA.get(T03) ?? '').replace(
  ',total,合计,,6510400.00,',
  ',total,合计,,6510500.00,',
);
export const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0xff, 0x80]);

/** A report page that says which disclosure and version it is. */
export function reportHtml(name: string, tag: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${tag}</title><style>h1{color:#900}</style></head><body><h1>${tag}</h1><p>${name}</p></body></html>`;
}

export function figures(
  grand: number | null,
  sangong: number | null,
  operating: number | null,
): Partial<VersionFigures> {
  const f = (n: number | null) => (n === null ? null : fen(n));
  return { grandTotal: f(grand), sangongTotal: f(sangong), operatingExpenses: f(operating) };
}

export type PortalWorld = {
  readonly store: Store;
  /** The store's database file (for a second connection, as another process would have). */
  readonly file: string;
  readonly app: Hono;
  readonly clock: { now: Date };
  readonly orgs: Readonly<
    Record<'bureau' | 'office' | 'centre' | 'edu' | 'draftDept' | 'approvedDept', Organisation>
  >;
  /** Published bytes of the office's 2022 report, first and corrected publication. */
  readonly officeReport: readonly [string, string];
};

/** Builds the world in a fresh SQLite file; closed and removed when the test ends. */
export async function portalWorld(t: TestContext): Promise<PortalWorld> {
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-portal-'));
  const clock = { now: new Date('2023-06-01T02:00:00.000Z') };
  const file = join(dir, 'portal.db');
  const store = await openSqliteStore({ file, clock: () => clock.now.toISOString() });
  t.after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const org = (
    name: string,
    kind: Organisation['kind'],
    region: string,
    parentId: string | null,
    code: string,
  ) => store.createOrganisation({ name, kind, region, parentId, code }, SYSTEM);
  const bureau = await org('剑阁县财政局', 'bureau', '四川省广元市剑阁县', null, '001');
  const office = await org('剑阁县人民政府办公室', 'department', '四川省广元市剑阁县', bureau.id, '108');
  const centre = await org('剑阁县政务服务中心', 'unit', '四川省广元市剑阁县', office.id, '108001');
  const edu = await org(XSS_NAME, 'department', '四川省广元市', bureau.id, '201');
  const draftDept = await org('剑阁县草稿局', 'department', '四川省广元市剑阁县', bureau.id, '301');
  const approvedDept = await org('剑阁县待公开局', 'department', '四川省广元市剑阁县', bureau.id, '302');
  const pass = 'scrypt$N=16384,r=8,p=1$c2FsdA$aGFzaA';
  const clerk = await store.createUser(
    {
      username: 'clerk',
      displayName: '张填报',
      passwordHash: pass,
      role: 'clerk',
      organisationId: office.id,
    },
    SYSTEM,
  );
  const reviewer = await store.createUser(
    {
      username: 'reviewer',
      displayName: '李审核',
      passwordHash: pass,
      role: 'reviewer',
      organisationId: bureau.id,
    },
    SYSTEM,
  );
  const asClerk: Actor = { userId: clerk.id, ip: '192.0.2.1' };
  const asReviewer: Actor = { userId: reviewer.id, ip: '192.0.2.2' };
  const findings = { errors: 0, warnings: 0, notices: 0 };

  /** Saves a version with files; walks it to `until` (published by default). */
  async function version(
    disclosureId: string,
    files: Map<string, string | Uint8Array>,
    figs: Partial<VersionFigures>,
    until: 'draft' | 'submitted' | 'approved' | 'published' = 'published',
    comment = '',
  ): Promise<void> {
    const v = await store.saveVersion(
      { disclosureId, dataset: { tag: comment }, findings, figures: figs, comment },
      asClerk,
    );
    await putOutputFiles(store, { disclosureId, versionId: v.id, files }, asClerk);
    if (until === 'draft') return;
    const d = await store.getDisclosure(disclosureId);
    await store.transition({ disclosureId, from: d?.status ?? 'draft', to: 'submitted' }, asClerk);
    if (until === 'submitted') return;
    await store.transition({ disclosureId, from: 'submitted', to: 'approved' }, asReviewer);
    if (until === 'approved') return;
    clock.now = new Date(clock.now.getTime() + 86_400_000);
    await store.publish({ disclosureId }, asReviewer);
  }
  const disclosure = async (o: Organisation, year: number) =>
    (await store.createDisclosure({ organisationId: o.id, year, profile: 'sichuan-13' }, asClerk)).id;
  const files = (html: string, extra: [string, string | Uint8Array][] = []) =>
    new Map<string, string | Uint8Array>([['report.html', html], ...extra]);

  const first = reportHtml(office.name, '办公室2022第一次公开');
  const second = reportHtml(office.name, '办公室2022更正后');
  const office22 = await disclosure(office, 2022);
  await version(
    office22,
    files(first, [...OPEN_DATA, ['report.pdf', PDF]]),
    figures(651_040_000, 18_070_000, 50_000_000),
  );
  // A correction: back to draft, a new version with one amount changed, published again.
  await store.transition({ disclosureId: office22, from: 'published', to: 'draft' }, asReviewer);
  const corrected = new Map<string, string | Uint8Array>([
    ...OPEN_DATA,
    [T03, T03_CORRECTED],
    ['report.pdf', PDF],
  ]);
  await version(
    office22,
    files(second, [...corrected]),
    figures(651_050_000, 18_070_000, 50_000_000),
    'published',
    '更正T03合计数',
  );

  const office21 = await disclosure(office, 2021);
  await version(
    office21,
    files(reportHtml(office.name, '办公室2021')),
    figures(930_980_000, 20_000_000, null),
  );
  // A correction in progress: the public keeps seeing the published version 1.
  await store.transition({ disclosureId: office21, from: 'published', to: 'draft' }, asReviewer);
  await version(
    office21,
    files(reportHtml(office.name, '办公室2021未公开的更正')),
    figures(1, 1, 1),
    'draft',
  );

  await version(
    await disclosure(centre, 2022),
    files(reportHtml(centre.name, '中心2022')),
    figures(100_000_000, 0, null),
  );
  await version(
    await disclosure(edu, 2022),
    files(reportHtml(edu.name, '教育局2022')),
    figures(800_000_000, 30_000_000, 70_000_000),
  );
  await version(
    await disclosure(draftDept, 2022),
    files(reportHtml(draftDept.name, '草稿')),
    figures(5, 5, 5),
    'draft',
  );
  await version(
    await disclosure(approvedDept, 2022),
    files(reportHtml(approvedDept.name, '已审核')),
    figures(6, 6, 6),
    'approved',
  );
  await version(
    await disclosure(office, 2023),
    files(reportHtml(office.name, '已提交')),
    figures(7, 7, 7),
    'submitted',
  );

  const app = portalRoutes({ store, clock: () => clock.now });
  return {
    store,
    file,
    app,
    clock,
    orgs: { bureau, office, centre, edu, draftDept, approvedDept },
    officeReport: [first, second],
  };
}

/** GETs a path from the portal; returns the response and its text. */
export async function get(
  w: PortalWorld,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ res: Response; text: string }> {
  const res = await w.app.request(path, { headers });
  return { res, text: await res.text() };
}
