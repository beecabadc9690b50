/**
 * @module The core workflow, driven through the HTTP app as people would (used on SQLite and PostgreSQL):
 * a clerk uploads the example, is blocked by an error and by unjustified warnings, fixes and justifies them,
 * submits; a reviewer returns it with a comment; the clerk corrects and resubmits; the reviewer approves and
 * publishes; every save is a version; versions compare; a published version is immutable; a correction is
 * published as a new version.
 */
import assert from 'node:assert/strict';
import { unzipSync } from 'fflate';
import { STATUS_LABELS } from '../../src/storage/types.ts';
import { type Client, exampleZip, loggedIn, type World } from './helpers.ts';

/** HTML text unescaped (the attribute values Hono's JSX escaped). */
export function unescapeHtml(s: string): string {
  return s
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

/** The justification forms on a disclosure page: rule and key of each unjustified warning. */
export function justifyForms(html: string): { rule: string; key: string; versionId: string }[] {
  const out: { rule: string; key: string; versionId: string }[] = [];
  for (const m of html.matchAll(
    /<form method="post" action="\/app\/d\/[^"]+\/justify">([\s\S]*?)<\/form>/g,
  )) {
    const field = (name: string) =>
      unescapeHtml(new RegExp(`name="${name}" value="([^"]*)"`).exec(m[1]!)?.[1] ?? '');
    out.push({ rule: field('rule'), key: field('key'), versionId: field('versionId') });
  }
  return out;
}

/** The page's text without tags, for assertions on what a person reads. */
export function pageText(html: string): string {
  return unescapeHtml(html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ')).replace(
    /\s+/g,
    ' ',
  );
}

async function status(w: World, id: string): Promise<string> {
  return (await w.store.getDisclosure(id))!.status;
}

/** Sets one cell through the table editor (value in the unit of entry); returns the response. */
export async function setTableCell(
  c: Client,
  id: string,
  table: string,
  row: string,
  column: string,
  value: string,
) {
  const page = await c.get(`/app/d/${id}/tables/${table}`);
  assert.equal(page.status, 200);
  const form: Record<string, string> = {};
  for (const m of page.text.matchAll(/<input([^>]*)>/g)) {
    const name = /name="([^"]+)"/.exec(m[1]!)?.[1];
    if (name === undefined || name === '_csrf') continue;
    form[unescapeHtml(name)] = unescapeHtml(/value="([^"]*)"/.exec(m[1]!)?.[1] ?? '');
  }
  const i = Object.entries(form)
    .find(([k, v]) => k.startsWith('code.') && v === row)?.[0]
    .slice(5);
  assert.ok(i !== undefined, `row ${row} in ${table}`);
  form[`cell.${i}.${column}`] = value;
  return c.post(`/app/d/${id}/tables/${table}`, form);
}

/** Runs the whole workflow; returns the disclosure id. `publish` publishes an approved disclosure. */
export async function runCoreFlow(
  w: World,
  publish: (reviewer: Client, id: string) => Promise<void>,
): Promise<string> {
  const clerk = await loggedIn(w, 'clerkDept');
  const reviewer = await loggedIn(w, 'reviewer');

  // Start the year and upload the example dataset.
  let res = await clerk.post('/app/disclosures', {
    organisationId: w.orgs.dept.id,
    year: '2022',
    profile: 'sichuan-13',
  });
  assert.equal(res.status, 303);
  const id = /\/app\/d\/([^?]+)/.exec(res.location!)![1]!;
  await clerk.get(`/app/d/${id}/upload`);
  res = await clerk.upload(`/app/d/${id}/upload`, 'jiange-2022.zip', exampleZip(), { versionId: '' });
  assert.equal(res.status, 303, res.text.slice(0, 500));
  let v = await w.store.listVersions(id);
  assert.equal(v.length, 1);
  assert.deepEqual(v[0]!.findings, { errors: 0, warnings: 14, notices: 26 });
  assert.ok(v[0]!.figures.grandTotal !== null, 'headline figures stored');

  // Unjustified warnings block submission (server side, whatever the button says).
  let page = await clerk.get(`/app/d/${id}`);
  assert.match(pageText(page.text), /有 14 个警告尚未修改或说明理由/);
  res = await clerk.post(`/app/d/${id}/submit`, {});
  assert.equal(res.status, 409);
  assert.match(pageText(res.text), /14 个警告尚未修改或说明理由/);

  // An error blocks submission: break T01 本年收入合计.
  res = await setTableCell(clerk, id, 'T01', 'income.total', 'amount', '999.99');
  assert.equal(res.status, 303);
  v = await w.store.listVersions(id);
  assert.equal(v.length, 2);
  assert.ok(v[1]!.findings.errors > 0, 'the broken cell is an error');
  page = await clerk.get(`/app/d/${id}`);
  assert.match(pageText(page.text), /改正后才能提交/);
  assert.match(
    page.text,
    /<button type="submit" disabled="">提交审核<\/button>|<button type="submit" disabled>提交审核<\/button>/,
  );
  assert.match(
    page.text,
    /href="\/app\/d\/[^"]+\/tables\/T01#c-T01-income\.total-amount"/,
    'the error links to the cell',
  );
  res = await clerk.post(`/app/d/${id}/submit`, {});
  assert.equal(res.status, 409);
  assert.match(pageText(res.text), /个错误，改正后才能提交/);
  assert.equal(await status(w, id), 'draft');

  // The diff of v2 against v1 shows the cell in 万元.
  const diff = await clerk.get(`/app/d/${id}/v/2/diff`);
  assert.equal(diff.status, 200);
  const diffText = pageText(diff.text);
  assert.match(diffText, /T01 收入支出决算总表 本年收入合计 决算数 651\.04 999\.99/);

  // Fix it again, and fix two warnings in the form (0 台/套 of equipment).
  res = await setTableCell(clerk, id, 'T01', 'income.total', 'amount', '651.04');
  assert.equal(res.status, 303);
  const edit = await clerk.get(`/app/d/${id}/edit?s=assets`);
  assert.equal(edit.status, 200);
  const versionId = /name="versionId" value="([^"]+)"/.exec(edit.text)![1]!;
  res = await clerk.post(`/app/d/${id}/edit`, {
    versionId,
    section: 'assets',
    'v:assets.generalEquipment50': '0',
    'v:assets.specialEquipment100': '0',
  });
  assert.equal(res.status, 303);
  v = await w.store.listVersions(id);
  assert.equal(v.length, 4);
  assert.deepEqual(v[3]!.findings, { errors: 0, warnings: 12, notices: 26 });

  // Justify every remaining warning; the reviewer will see the text.
  page = await clerk.get(`/app/d/${id}`);
  const forms = justifyForms(page.text);
  assert.equal(forms.length, 12);
  for (const [i, f] of forms.entries()) {
    res = await clerk.post(`/app/d/${id}/justify`, { ...f, text: `原报告即如此列示，第${i + 1}条` });
    assert.equal(res.status, 303);
  }
  page = await clerk.get(`/app/d/${id}`);
  assert.equal(justifyForms(page.text).filter((f) => f.key !== '').length, 12, 'forms stay to edit the text');
  assert.doesNotMatch(pageText(page.text), /尚未修改或说明理由/);

  // Submit.
  res = await clerk.post(`/app/d/${id}/submit`, { versionId: v[3]!.id, comment: '请审核' });
  assert.equal(res.status, 303);
  assert.equal(await status(w, id), 'submitted');
  // Submitted: no more edits.
  res = await clerk.post(`/app/d/${id}/edit`, {
    versionId: v[3]!.id,
    section: 'duties',
    'v:organization': '改',
  });
  assert.equal(res.status, 409);

  // The reviewer sees the justifications and returns it with a comment.
  page = await reviewer.get(`/app/d/${id}`);
  assert.match(pageText(page.text), /说明： 原报告即如此列示，第1条/);
  res = await reviewer.post(`/app/d/${id}/return`, { comment: '请补充机构设置情况。' });
  assert.equal(res.status, 303);
  assert.equal(await status(w, id), 'returned');
  page = await clerk.get(`/app/d/${id}`);
  assert.match(pageText(page.text), /审核意见（reviewer姓名.*）： 请补充机构设置情况。/);
  assert.match(pageText(page.text), new RegExp(STATUS_LABELS.returned));

  // The clerk corrects and resubmits (the justifications still hold: same warnings).
  const duties = await clerk.get(`/app/d/${id}/edit?s=duties`);
  const current = /name="versionId" value="([^"]+)"/.exec(duties.text)![1]!;
  res = await clerk.post(`/app/d/${id}/edit`, {
    versionId: current,
    section: 'duties',
    'v:organization':
      '县政府办设综合股、秘书股、督查股，下属单位2个：剑阁县民营经济服务中心、剑阁县政府信息中心。',
  });
  assert.equal(res.status, 303);
  res = await clerk.post(`/app/d/${id}/submit`, {});
  assert.equal(res.status, 303, pageText(res.text).slice(0, 300));
  v = await w.store.listVersions(id);
  assert.equal(v.length, 5);
  const sentences = pageText((await reviewer.get(`/app/d/${id}/v/5/diff`)).text);
  assert.match(sentences, /新增 县政府办设综合股、秘书股、督查股/);
  assert.match(sentences, /表格数字没有变化/);

  // The reviewer cannot edit data, approves and publishes.
  res = await reviewer.post(`/app/d/${id}/edit`, {
    versionId: v[4]!.id,
    section: 'duties',
    'v:organization': 'x',
  });
  assert.equal(res.status, 403);
  res = await reviewer.post(`/app/d/${id}/approve`, { comment: '同意' });
  assert.equal(res.status, 303);
  assert.equal(await status(w, id), 'approved');
  await publish(reviewer, id);
  const published = (await w.store.getDisclosure(id))!;
  assert.equal(published.status, 'published');
  assert.equal(published.publishedVersionId, v[4]!.id);
  const files = await w.store.listFiles(v[4]!.id);
  const names = files.map((f) => f.format);
  for (const name of [
    'report.html',
    'report.pdf',
    'report.docx',
    'tables.xlsx',
    'datapackage.zip',
    'findings.json',
    'datapackage.json',
    'dataset.json',
  ]) {
    assert.ok(names.includes(name), `published ${name}`);
  }
  assert.ok(names.some((n) => /^data\/.*\.csv$/.test(n)));
  // The portal's report page links the report's fonts, which are stored with it for any server process.
  const fontFiles = names.filter((n) => /^fonts\/[0-9a-f]{64}\.woff2?$/.test(n)).sort();
  assert.equal(fontFiles.length, 4, 'the four faces of report.html');
  const portalPage = await w.app.request(`/disclosures/2022/${w.orgs.dept.id}/report.html`);
  assert.match(portalPage.headers.get('content-security-policy') ?? '', /font-src 'self'/);
  const fontUrls = [...(await portalPage.text()).matchAll(/url\((\/assets\/fonts\/[^)]+)\)/g)].map(
    (m) => m[1] ?? '',
  );
  assert.deepEqual(fontUrls.map((u) => u.replace('/assets/', '')).sort(), fontFiles);
  for (const url of fontUrls) {
    const font = await w.app.request(url);
    assert.equal(font.status, 200, url);
    assert.match(font.headers.get('content-type') ?? '', /^font\/woff2?$/);
  }

  // Published downloads come from the stored, immutable files.
  const pdf = await clerk.get(`/app/d/${id}/v/5/files/report.pdf`);
  assert.equal(pdf.status, 200);
  assert.equal(new TextDecoder().decode(pdf.bytes.slice(0, 5)), '%PDF-');
  const stored = files.find((f) => f.format === 'report.pdf')!;
  assert.equal(pdf.bytes.byteLength, stored.size);
  const zip = unzipSync((await clerk.get(`/app/d/${id}/v/5/files/datapackage.zip`)).bytes);
  assert.ok('datapackage.json' in zip && 'dataset.json' in zip);

  // Published: immutable.
  res = await clerk.post(`/app/d/${id}/edit`, {
    versionId: v[4]!.id,
    section: 'duties',
    'v:organization': 'x',
  });
  assert.equal(res.status, 409);
  await assert.rejects(
    w.store.saveVersion(
      { disclosureId: id, dataset: {}, findings: { errors: 0, warnings: 0, notices: 0 } },
      { userId: w.users['clerkDept']!.id, ip: null },
    ),
  );

  // A correction: back to draft, a new version, review again, published as a new version.
  res = await clerk.post(`/app/d/${id}/correct`, {});
  assert.equal(res.status, 303);
  assert.equal(await status(w, id), 'draft');
  assert.equal((await w.store.getDisclosure(id))!.publishedVersionId, v[4]!.id, 'the public still sees v5');
  // The 三公 budget was misstated: 预算数 18.07 → 18.10 (合计 and 公务接待费).
  res = await setTableCell(clerk, id, 'T13', 'amount', 'budget.reception', '18.10');
  assert.equal(res.status, 303);
  res = await setTableCell(clerk, id, 'T13', 'amount', 'budget.total', '18.10');
  assert.equal(res.status, 303);
  v = await w.store.listVersions(id);
  const last = v.at(-1)!;
  assert.equal(last.number, 7);
  assert.equal(last.findings.errors, 0);
  page = await clerk.get(`/app/d/${id}`);
  const justified = await w.store.listJustifications(id);
  for (const f of justifyForms(page.text)) {
    if (!justified.some((j) => j.ruleId === f.rule && j.locationKey === f.key)) {
      await clerk.post(`/app/d/${id}/justify`, { ...f, text: '预算数更正后的说明' });
    }
  }
  res = await clerk.post(`/app/d/${id}/submit`, {});
  assert.equal(res.status, 303, pageText(res.text).slice(0, 400));
  page = await reviewer.get(`/app/d/${id}`);
  assert.match(pageText(page.text), /这是更正版本/);
  res = await reviewer.get(`/app/d/${id}/v/${last.number}/diff?with=5`);
  assert.match(pageText(res.text), /T13 [^ ]+ 金额 预算数\/公务接待费 18\.07 18\.10/);
  await reviewer.post(`/app/d/${id}/approve`, {});
  await publish(reviewer, id);
  const corrected = (await w.store.getDisclosure(id))!;
  assert.equal(corrected.status, 'published');
  assert.equal(corrected.publishedVersionId, last.id);
  assert.ok((await w.store.getVersion(v[4]!.id))!.published, 'the first publication stays published');
  const events = await w.store.listReviewEvents(id);
  assert.deepEqual(
    events.map((e) => e.toStatus),
    [
      'submitted',
      'returned',
      'submitted',
      'approved',
      'published',
      'draft',
      'submitted',
      'approved',
      'published',
    ],
  );
  return id;
}
