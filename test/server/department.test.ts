/**
 * The department view and the department = Σ units check on the current versions in the store: consistent
 * units pass; a unit's changed cell is an error naming the unit, blocks the department's submission, and
 * shows on the department page.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { EXAMPLE_DIR } from '../helpers.ts';
import { pageText, setTableCell } from './flow.ts';
import { exampleZip, loggedIn, SYSTEM, sqliteWorld } from './helpers.ts';

describe('department roll-up', () => {
  it('checks the department against the sum of its units and blocks its submission when they differ', async (t) => {
    const w = await sqliteWorld(t);
    const upload = async (
      org: 'dept' | 'unitA' | 'unitB',
      clerk: string,
      name: string,
      bytes: Uint8Array,
    ) => {
      const d = await w.store.createDisclosure(
        { organisationId: w.orgs[org].id, year: 2022, profile: 'sichuan-13' },
        SYSTEM,
      );
      const c = await loggedIn(w, clerk);
      await c.get(`/app/d/${d.id}/upload`);
      const res = await c.upload(`/app/d/${d.id}/upload`, name, bytes, { versionId: '' });
      assert.equal(res.status, 303, pageText(res.text).slice(0, 300));
      return { id: d.id, client: c };
    };
    const dept = await upload('dept', 'clerkDept', 'dept.zip', exampleZip());
    const a = await upload('unitA', 'clerkA', 'a.zip', exampleZip());
    // Unit B has its narrative only (disclosure.yaml without tables): the department equals unit A's tables.
    await upload('unitB', 'clerkB', 'disclosure.yaml', readFileSync(join(EXAMPLE_DIR, 'disclosure.yaml')));

    const admin = await loggedIn(w, 'deptAdmin');
    let page = pageText((await admin.get('/app/dept?year=2022')).text);
    assert.match(page, /剑阁县民营经济服务中心 草稿 第1版/);
    assert.match(page, /剑阁县政府信息中心 草稿 第1版/);
    assert.match(page, /部门各表与所属单位之和一致/);

    // Unit A changes a cell: the department no longer equals the sum.
    const res = await setTableCell(a.client, a.id, 'T01', 'income.other', 'amount', '1.00');
    assert.equal(res.status, 303);
    page = pageText((await admin.get('/app/dept?year=2022')).text);
    assert.match(page, /\d+ 个错误/);
    assert.match(page, /u\.department-sum/);
    assert.match(page, /剑阁县民营经济服务中心/);

    const deptPage = pageText((await dept.client.get(`/app/d/${dept.id}`)).text);
    assert.match(deptPage, /部门汇总数与所属单位之和不一致/);
    const submit = await dept.client.post(`/app/d/${dept.id}/submit`, {});
    assert.equal(submit.status, 409);
    // The reviewer sees any department.
    const reviewer = await loggedIn(w, 'reviewer');
    const other = pageText((await reviewer.get(`/app/dept?year=2022&org=${w.orgs.otherDept.id}`)).text);
    assert.match(other, /剑阁县教育局/);
    assert.match(other, /该部门没有登记所属单位/);
  });
});
