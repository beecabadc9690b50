/**
 * Editing organisations (系统管理员) through the HTTP app on a real SQLite store: what changes, what the
 * audit log records, the Chinese refusals, CSRF, and that a published report keeps the name it was
 * published under.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IN_PROCESS_RENDERER } from '../../src/server/data/renderer.ts';
import { publishDisclosure } from '../../src/server/data/workflow.ts';
import { pageText, unescapeHtml } from './flow.ts';
import { Client, exampleZip, loggedIn, SYSTEM, sqliteWorld, type World } from './helpers.ts';

/** The example's dataset uploaded by `clerk` for the organisation's 2022 disclosure, approved and published. */
async function publishExample(w: World, organisationId: string, clerkName: string): Promise<void> {
  const d = await w.store.createDisclosure({ organisationId, year: 2022, profile: 'sichuan-13' }, SYSTEM);
  const clerk = await loggedIn(w, clerkName);
  await clerk.get(`/app/d/${d.id}/upload`);
  assert.equal(
    (await clerk.upload(`/app/d/${d.id}/upload`, 'jiange.zip', exampleZip(), { versionId: '' })).status,
    303,
  );
  const reviewer = { userId: w.users['reviewer']!.id, ip: null };
  await w.store.transition({ disclosureId: d.id, from: 'draft', to: 'submitted' }, SYSTEM);
  await w.store.transition({ disclosureId: d.id, from: 'submitted', to: 'approved' }, reviewer);
  await publishDisclosure(w.store, IN_PROCESS_RENDERER, d.id, '公开', reviewer);
}

describe('editing organisations', () => {
  it('lets the 系统管理员 change name, region, code and a unit’s department, logged in the audit log', async (t) => {
    const w = await sqliteWorld(t);
    const admin = await loggedIn(w, 'admin');
    const list = await admin.get('/app/admin/orgs');
    assert.match(list.text, new RegExp(`href="/app/admin/orgs/${w.orgs.unitA.id}"`));
    const form = await admin.get(`/app/admin/orgs/${w.orgs.unitA.id}`);
    assert.equal(form.status, 200);
    const text = unescapeHtml(form.text);
    assert.match(text, /name="_csrf" value="[^"]+"/);
    assert.match(text, /name="name"[^>]*value="剑阁县民营经济服务中心"/);
    assert.match(text, /name="code"[^>]*value="108001"/);
    assert.match(text, new RegExp(`<option value="${w.orgs.dept.id}" selected="">`));
    assert.doesNotMatch(text, new RegExp(`<option value="${w.orgs.unitB.id}"`), 'a unit is no parent');

    const res = await admin.post(`/app/admin/orgs/${w.orgs.unitA.id}`, {
      name: '  剑阁县营商环境服务中心 ',
      code: '201001',
      region: '四川省广元市剑阁县',
      unitType: '事业单位',
      parentId: w.orgs.otherDept.id,
    });
    assert.equal(res.status, 303);
    assert.equal(res.location, '/app/admin/orgs?m=updated');
    const after = (await w.store.getOrganisation(w.orgs.unitA.id))!;
    assert.deepEqual(
      [after.name, after.code, after.region, after.unitType, after.parentId, after.kind],
      ['剑阁县营商环境服务中心', '201001', '四川省广元市剑阁县', '事业单位', w.orgs.otherDept.id, 'unit'],
    );
    const [entry] = await w.store.listAudit({ action: 'organisation.update', targetId: w.orgs.unitA.id });
    assert.equal(entry?.userId, w.users['admin']!.id);
    assert.deepEqual(entry?.detail, {
      name: '剑阁县营商环境服务中心',
      before: {
        name: '剑阁县民营经济服务中心',
        code: '108001',
        parentId: w.orgs.dept.id,
        unitType: '参公事业单位',
      },
      after: {
        name: '剑阁县营商环境服务中心',
        code: '201001',
        parentId: w.orgs.otherDept.id,
        unitType: '事业单位',
      },
    });
    const audit = await admin.get('/app/admin/audit');
    assert.match(pageText(audit.text), /organisation\.update/);

    // A department's name and code change; its place in the tree does not.
    await admin.get(`/app/admin/orgs/${w.orgs.dept.id}`);
    const dept = await admin.post(`/app/admin/orgs/${w.orgs.dept.id}`, {
      name: '剑阁县人民政府办公室（县政府研究室）',
      code: '108',
      region: '四川省广元市剑阁县',
      unitType: '行政单位',
    });
    assert.equal(dept.status, 303);
    assert.equal(
      (await w.store.getOrganisation(w.orgs.dept.id))?.name,
      '剑阁县人民政府办公室（县政府研究室）',
    );
    // Sending the form unchanged changes and logs nothing.
    const count = (await w.store.listAudit({ limit: 1000 })).length;
    const same = await admin.post(`/app/admin/orgs/${w.orgs.dept.id}`, {
      name: '剑阁县人民政府办公室（县政府研究室）',
      code: '108',
      region: '四川省广元市剑阁县',
      unitType: '行政单位',
    });
    assert.equal(same.location, `/app/admin/orgs/${w.orgs.dept.id}?m=nochange`);
    assert.equal((await w.store.listAudit({ limit: 1000 })).length, count);
  });

  it('refuses bad input with a Chinese message and changes nothing', async (t) => {
    const w = await sqliteWorld(t);
    const admin = await loggedIn(w, 'admin');
    await admin.get(`/app/admin/orgs/${w.orgs.unitA.id}`);
    const valid = {
      name: '剑阁县民营经济服务中心',
      code: '108001',
      region: '四川省广元市剑阁县',
      unitType: '参公事业单位',
      parentId: w.orgs.dept.id,
    };
    const cases: [string, Record<string, string>, RegExp][] = [
      [w.orgs.unitA.id, { ...valid, name: '   ' }, /请填写名称/],
      [w.orgs.unitA.id, { ...valid, name: '名'.repeat(201) }, /名称不能超过 200 个字/],
      [w.orgs.unitA.id, { ...valid, region: '' }, /请填写所在地区/],
      [w.orgs.unitA.id, { ...valid, code: '108002' }, /单位代码“108002”已由“剑阁县政府信息中心”使用/],
      [w.orgs.unitA.id, { ...valid, code: '108 001' }, /单位代码只能由字母、数字和“-”组成/],
      [w.orgs.unitA.id, { ...valid, unitType: '公司' }, /请选择单位性质/],
      [w.orgs.unitA.id, { ...valid, parentId: w.orgs.unitB.id }, /单位的上级应为部门或财政局/],
      [w.orgs.unitA.id, { ...valid, parentId: 'nope' }, /请选择上级部门/],
      [
        w.orgs.dept.id,
        { ...valid, code: '108', unitType: '行政单位', parentId: w.orgs.otherDept.id },
        /只有单位可以调整上级部门/,
      ],
    ];
    for (const [id, form, message] of cases) {
      const res = await admin.post(`/app/admin/orgs/${id}`, form);
      assert.equal(res.status, 400, String(message));
      assert.match(pageText(res.text), message);
    }
    assert.equal((await admin.get('/app/admin/orgs/nope')).status, 404);
    assert.equal((await admin.post('/app/admin/orgs/nope', valid)).status, 404);
    // Without the CSRF token nothing is accepted.
    const forged = await admin.request(`/app/admin/orgs/${w.orgs.unitA.id}`, {
      method: 'POST',
      body: new URLSearchParams({ ...valid, name: '伪造' }),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(forged.status, 403);
    assert.deepEqual(await w.store.getOrganisation(w.orgs.unitA.id), w.orgs.unitA);
    assert.deepEqual(await w.store.getOrganisation(w.orgs.dept.id), w.orgs.dept);
    assert.deepEqual(await w.store.listAudit({ action: 'organisation.update' }), []);
  });

  it('keeps a published report under the name it was published with', async (t) => {
    const w = await sqliteWorld(t);
    await publishExample(w, w.orgs.unitA.id, 'clerkA');
    const anon = new Client(w.app);
    const base = `/disclosures/2022/${w.orgs.unitA.id}`;
    const reportBefore = await anon.get(`${base}/report.html`);
    const datasetBefore = await anon.get(`/opendata/2022/${w.orgs.unitA.id}/dataset.json`);
    assert.equal(reportBefore.status, 200);
    assert.match(reportBefore.text, /剑阁县民营经济服务中心/);

    const admin = await loggedIn(w, 'admin');
    await admin.get(`/app/admin/orgs/${w.orgs.unitA.id}`);
    const res = await admin.post(`/app/admin/orgs/${w.orgs.unitA.id}`, {
      name: '剑阁县营商环境服务中心',
      code: '108001',
      region: '四川省广元市剑阁县',
      unitType: '参公事业单位',
      parentId: w.orgs.dept.id,
    });
    assert.equal(res.status, 303);
    // The published documents are the stored bytes: the report and the open data are unchanged.
    const reportAfter = await anon.get(`${base}/report.html`);
    assert.deepEqual(reportAfter.bytes, reportBefore.bytes);
    assert.doesNotMatch(reportAfter.text, /剑阁县营商环境服务中心/);
    assert.deepEqual(
      (await anon.get(`/opendata/2022/${w.orgs.unitA.id}/dataset.json`)).bytes,
      datasetBefore.bytes,
    );
    // The portal's index finds the organisation under its present name.
    assert.match(pageText((await anon.get(base)).text), /剑阁县营商环境服务中心/);
  });

  it('names a renamed department as it is now, and as its documents were published (公开时名称)', async (t) => {
    const w = await sqliteWorld(t);
    await publishExample(w, w.orgs.dept.id, 'clerkDept');
    const anon = new Client(w.app);
    const base = `/disclosures/2022/${w.orgs.dept.id}`;
    const before = pageText((await anon.get(base)).text);
    assert.match(before, /剑阁县人民政府办公室2022年度部门决算/);
    assert.doesNotMatch(before, /公开时名称/, 'published under its present name: one name');

    const admin = await loggedIn(w, 'admin');
    await admin.get(`/app/admin/orgs/${w.orgs.dept.id}`);
    const renamed = await admin.post(`/app/admin/orgs/${w.orgs.dept.id}`, {
      name: '剑阁县人民政府办公室（县政务服务中心）',
      code: w.orgs.dept.code ?? '',
      region: w.orgs.dept.region,
      unitType: '行政单位',
    });
    assert.equal(renamed.status, 303, pageText(renamed.text).slice(0, 300));
    const after = pageText((await anon.get(base)).text);
    assert.match(after, /剑阁县人民政府办公室（县政务服务中心）2022年度部门决算/);
    assert.match(after, /公开时名称\s*剑阁县人民政府办公室\s*地区/);
  });
});
