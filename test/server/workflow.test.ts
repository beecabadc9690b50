/**
 * The full workflow on SQLite through the HTTP app (upload, errors and warnings blocking submission, fixes,
 * justifications, return with a comment, resubmission, approval, publication with every format stored,
 * immutability, comparison of versions, a published correction), the workbook upload, and the batch jobs.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderTablesXlsx } from '../../src/render/xlsx/index.ts';
import { runPendingJobs } from '../../src/server/jobs/worker.ts';
import { example } from '../helpers.ts';
import { pageText, runCoreFlow } from './flow.ts';
import { type Client, exampleZip, loggedIn, sqliteWorld, type World } from './helpers.ts';

/** A new 2022 draft of the organisation with the example uploaded by the client. */
async function draftWithExample(w: World, clerk: Client, organisationId: string): Promise<{ id: string }> {
  const d = await w.store.createDisclosure(
    { organisationId, year: 2022, profile: 'sichuan-13' },
    { userId: null, ip: null },
  );
  await clerk.get(`/app/d/${d.id}/upload`);
  await clerk.upload(`/app/d/${d.id}/upload`, 'jiange.zip', exampleZip(), { versionId: '' });
  return d;
}

describe('workflow on SQLite', () => {
  it('runs the season of one disclosure from upload to a published correction', async (t) => {
    const w = await sqliteWorld(t);
    const id = await runCoreFlow(w, async (reviewer, id) => {
      const res = await reviewer.post(`/app/d/${id}/publish`, {});
      assert.equal(res.status, 303, pageText(res.text).slice(0, 300));
    });
    // Every change is in the audit log with the user and the address.
    const log = await w.store.listAudit({ targetType: 'disclosure', targetId: id, limit: 500 });
    const actions = new Set(log.map((e) => e.action));
    for (const a of [
      'disclosure.create',
      'disclosure.save',
      'justification.add',
      'disclosure.transition',
      'disclosure.publish',
    ]) {
      assert.ok(actions.has(a), a);
    }
    assert.ok(log.every((e) => e.userId !== null && e.ip === '10.0.0.1'));
  });

  it('imports the example workbook: into a new disclosure as the skeleton, into an existing one keeping its texts', async (t) => {
    const w = await sqliteWorld(t);
    const clerk = await loggedIn(w, 'clerkDept');
    const xlsx = await renderTablesXlsx(example(), { profile: 'sichuan-13', draft: false });
    const fresh = await clerk.post('/app/disclosures', { organisationId: w.orgs.dept.id, year: '2022' });
    const id = /\/app\/d\/([^?]+)/.exec(fresh.location!)![1]!;
    await clerk.get(`/app/d/${id}/upload`);
    let res = await clerk.upload(`/app/d/${id}/upload`, '2022年决算公开表.xlsx', xlsx, { versionId: '' });
    assert.equal(res.status, 303, pageText(res.text).slice(0, 600));
    const [first] = await w.store.listVersions(id);
    assert.ok(first!.findings.errors > 0, 'the skeleton says 待填写: errors until written');
    assert.equal(first!.figures.grandTotal, 6_510_400_00);
    const page = await clerk.get(`/app/d/${id}`);
    assert.match(pageText(page.text), /待填写/);
    assert.equal((await clerk.post(`/app/d/${id}/submit`, {})).status, 409);

    // Into a disclosure that already has the example: the tables are replaced, the texts stay.
    const other = await w.store.createDisclosure(
      { organisationId: w.orgs.unitA.id, year: 2022, profile: 'sichuan-13' },
      { userId: null, ip: null },
    );
    const clerkA = await loggedIn(w, 'clerkA');
    await clerkA.get(`/app/d/${other.id}/upload`);
    res = await clerkA.upload(`/app/d/${other.id}/upload`, 'jiange.zip', exampleZip(), { versionId: '' });
    assert.equal(res.status, 303);
    const v1 = (await w.store.listVersions(other.id))[0]!;
    await clerkA.get(`/app/d/${other.id}/upload`);
    res = await clerkA.upload(`/app/d/${other.id}/upload`, 'tables.xlsx', xlsx, { versionId: v1.id });
    assert.equal(res.status, 303, pageText(res.text).slice(0, 600));
    const v2 = (await w.store.listVersions(other.id))[1]!;
    assert.match(v2.comment, /替换原有表格，文字内容保留不变/);
    assert.equal(v2.findings.errors, 0);
    assert.deepEqual(v2.figures, v1.figures);
  });

  it('explains an unusable upload in Chinese with the file and the place, and saves nothing', async (t) => {
    const w = await sqliteWorld(t);
    const clerk = await loggedIn(w, 'clerkA');
    const d = await w.store.createDisclosure(
      { organisationId: w.orgs.unitA.id, year: 2022, profile: 'sichuan-13' },
      { userId: null, ip: null },
    );
    await clerk.get(`/app/d/${d.id}/upload`);
    const bad = exampleZip((yaml) => yaml.replace("operatingExpenses: '100.46'", "operatingExpenses: 'abc'"));
    let res = await clerk.upload(`/app/d/${d.id}/upload`, 'bad.zip', bad, { versionId: '' });
    assert.equal(res.status, 422);
    assert.match(pageText(res.text), /bad\.zip.*disclosure\.yaml.*operatingExpenses.*不是有效的金额/);
    res = await clerk.upload(`/app/d/${d.id}/upload`, 'notes.txt', new TextEncoder().encode('hello'), {
      versionId: '',
    });
    assert.equal(res.status, 422);
    assert.match(pageText(res.text), /不支持的文件类型/);
    res = await clerk.upload(
      `/app/d/${d.id}/upload`,
      'broken.xlsx',
      new TextEncoder().encode('PK not really'),
      { versionId: '' },
    );
    assert.equal(res.status, 422);
    assert.match(pageText(res.text), /broken\.xlsx/);
    const wrongYear = exampleZip((yaml) => yaml.replace('year: 2022', 'year: 2021'));
    res = await clerk.upload(`/app/d/${d.id}/upload`, 'y.zip', wrongYear, { versionId: '' });
    assert.equal(res.status, 422);
    assert.match(pageText(res.text), /年度（2021年）与本公开的年度（2022年）不一致/);
    assert.equal((await w.store.listVersions(d.id)).length, 0);
  });

  it('checks a whole year as a job with progress, and shows it', async (t) => {
    const w = await sqliteWorld(t);
    const clerk = await loggedIn(w, 'clerkA');
    await draftWithExample(w, clerk, w.orgs.unitA.id);
    await w.store.createDisclosure(
      { organisationId: w.orgs.unitB.id, year: 2022, profile: 'sichuan-13' },
      { userId: null, ip: null },
    );
    const reviewer = await loggedIn(w, 'reviewer');
    await reviewer.get('/app/jobs');
    const res = await reviewer.post('/app/jobs', { kind: 'check-year', year: '2022' });
    assert.equal(res.status, 303);
    const page = await reviewer.get(res.location!);
    assert.match(pageText(page.text), /排队中/);
    assert.match(page.text, /http-equiv="refresh"/);
    assert.equal(await runPendingJobs(w.store), 1);
    const done = await reviewer.get(res.location!.replace(/\?.*/, ''));
    const text = pageText(done.text);
    assert.match(text, /已完成/);
    assert.match(text, /2\/2/);
    assert.match(text, /剑阁县民营经济服务中心 第1版：0 个错误，14 个警告/);
    assert.match(text, /剑阁县政府信息中心 尚未上传数据/);
    assert.doesNotMatch(done.text, /http-equiv="refresh"/);
    // A clerk cannot start jobs; an admin cannot publish in bulk.
    assert.equal((await clerk.post('/app/jobs', { kind: 'check-year', year: '2022' })).status, 403);
    const admin = await loggedIn(w, 'admin');
    await admin.get('/app/jobs');
    assert.equal((await admin.post('/app/jobs', { kind: 'publish-approved', year: '2022' })).status, 403);
  });

  it('checks an unsaved form for the live findings list without saving anything', async (t) => {
    const w = await sqliteWorld(t);
    const clerk = await loggedIn(w, 'clerkA');
    const d = await draftWithExample(w, clerk, w.orgs.unitA.id);
    const edit = await clerk.get(`/app/d/${d.id}/edit?s=assets`);
    assert.match(edit.text, /<script src="\/app\/static\/findings\.js" defer/);
    const versionId = /name="versionId" value="([^"]+)"/.exec(edit.text)![1]!;
    const check = (form: Record<string, string>) =>
      clerk.request(`/app/d/${d.id}/check`, {
        method: 'POST',
        body: new URLSearchParams({ versionId, section: 'assets', ...form }),
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-csrf-token': clerk.csrf,
          accept: 'application/json',
        },
      });
    let res = await check({ 'v:assets.generalEquipment50': '0' });
    assert.equal(res.status, 200);
    let body = JSON.parse(res.text) as {
      summary: string;
      findings: { rule: string; places: { href?: string }[] }[];
    };
    // The example is a department's: uploaded as the unit's data, its 本部门 wording draws terminology notices.
    assert.equal(body.summary, '0 个错误，13 个警告，28 个提示');
    assert.ok(
      body.findings.some(
        (f) =>
          f.rule === 'd.assets-equipment-missing' &&
          f.places[0]?.href?.includes('#f-assets.specialEquipment100'),
      ),
    );
    res = await check({ 'v:assets.generalEquipment50': 'abc' });
    body = JSON.parse(res.text);
    assert.deepEqual(Object.keys((body as unknown as { fieldErrors: object }).fieldErrors), [
      'assets.generalEquipment50',
    ]);
    assert.equal((await w.store.listVersions(d.id)).length, 1, 'nothing saved');
    // Without the token it is refused like any POST.
    const refused = await clerk.request(`/app/d/${d.id}/check`, {
      method: 'POST',
      body: new URLSearchParams({ versionId, section: 'assets' }),
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    });
    assert.equal(refused.status, 403);
  });

  it('refuses a stale save (someone saved in between) with 409 and keeps the other save', async (t) => {
    const w = await sqliteWorld(t);
    const a = await loggedIn(w, 'clerkDept');
    const b = await loggedIn(w, 'deptAdmin');
    const d = await draftWithExample(w, a, w.orgs.dept.id);
    const pageA = await a.get(`/app/d/${d.id}/edit?s=duties`);
    const pageB = await b.get(`/app/d/${d.id}/edit?s=duties`);
    const seenA = /name="versionId" value="([^"]+)"/.exec(pageA.text)![1]!;
    const seenB = /name="versionId" value="([^"]+)"/.exec(pageB.text)![1]!;
    assert.equal(
      (
        await b.post(`/app/d/${d.id}/edit`, {
          versionId: seenB,
          section: 'duties',
          'v:organization': 'B 的修改',
        })
      ).status,
      303,
    );
    const stale = await a.post(`/app/d/${d.id}/edit`, {
      versionId: seenA,
      section: 'duties',
      'v:organization': 'A 的修改',
    });
    assert.equal(stale.status, 409);
    assert.match(pageText(stale.text), /已有他人保存了新版本/);
    const versions = await w.store.listVersions(d.id);
    assert.equal(versions.length, 2);
    const last = (await w.store.getVersion(versions[1]!.id))!.dataset as {
      files: Record<string, { organization: string }>;
    };
    assert.equal(last.files['dataset.json']!.organization, 'B 的修改');
  });
  it("saves the glossary and a project's indicators from the forms into the next version and its report", async (t) => {
    const w = await sqliteWorld(t);
    const clerk = await loggedIn(w, 'clerkA');
    const d = await draftWithExample(w, clerk, w.orgs.unitA.id);
    const page = await clerk.get(`/app/d/${d.id}/edit?s=empty`);
    assert.match(pageText(page.text), /名词解释/);
    assert.match(pageText(page.text), /每行一条：名词｜解释/);
    const versionId = /name="versionId" value="([^"]+)"/.exec(page.text)![1]!;
    let res = await clerk.post(`/app/d/${d.id}/edit`, {
      versionId,
      section: 'empty',
      'v:glossary':
        '一般公共预算拨款收入｜指县级财政当年拨付的资金。\n机关运行经费｜指行政单位和参照公务员法管理的事业单位使用一般公共预算安排的基本支出中的日常公用经费支出。',
    });
    assert.equal(res.status, 303, pageText(res.text).slice(0, 300));
    const bad = await clerk.get(`/app/d/${d.id}/edit?s=performance`);
    const next = /name="versionId" value="([^"]+)"/.exec(bad.text)![1]!;
    res = await clerk.post(`/app/d/${d.id}/edit`, {
      versionId: next,
      section: 'performance',
      'v:performance.projects[0].indicators': '完成指标｜数量指标｜外出招商次数',
    });
    assert.equal(res.status, 422, 'a row with missing columns is refused with the form shown again');
    assert.match(pageText(res.text), /第1行应有 5 列/);
    const versions = await w.store.listVersions(d.id);
    assert.equal(versions.length, 2, 'the refused form saved nothing');
    const saved = (await w.store.getVersion(versions[1]!.id))!.dataset as {
      files: Record<string, { glossary: { term: string }[] }>;
    };
    assert.deepEqual(
      saved.files['dataset.json']!.glossary.map((g) => g.term),
      ['一般公共预算拨款收入', '机关运行经费'],
    );
    const preview = await clerk.get(`/app/d/${d.id}/v/2/preview`);
    assert.equal(preview.status, 200);
    assert.match(pageText(preview.text), /机关运行经费：?\s*指行政单位和参照公务员法管理的事业单位/);
  });
});
