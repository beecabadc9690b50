/**
 * Authorization for every route and role: a unit's clerk reaches only its unit's disclosures (others are
 * 404, not revealed), a 部门管理员 its department and units, a 审核人 reads all but never edits, a 系统管理员
 * manages users and organisations (creating and editing them) and reads no drafts, the public sees
 * published disclosures only. Refused requests change nothing.
 */
import assert from 'node:assert/strict';
import type { TestContext } from 'node:test';
import { before, describe, it } from 'node:test';
import type { Disclosure } from '../../src/storage/types.ts';
import {
  Client,
  exampleZip,
  loggedIn,
  MovableClock,
  SYSTEM,
  seedWorld,
  sqliteStore,
  type World,
} from './helpers.ts';

type Fixture = {
  w: World;
  d: Record<'dept' | 'a' | 'b' | 'other', Disclosure>;
  clients: Record<string, Client>;
};

const ROLES = ['clerkA', 'clerkB', 'clerkDept', 'deptAdmin', 'otherAdmin', 'reviewer', 'admin'] as const;

async function fixture(t: TestContext): Promise<Fixture> {
  const clock = new MovableClock();
  const w = await seedWorld(await sqliteStore(t, clock), clock);
  const make = async (orgId: string, clerk: string) => {
    const d = await w.store.createDisclosure(
      { organisationId: orgId, year: 2022, profile: 'sichuan-13' },
      SYSTEM,
    );
    const c = await loggedIn(w, clerk);
    await c.get(`/app/d/${d.id}/upload`);
    const res = await c.upload(`/app/d/${d.id}/upload`, 'jiange.zip', exampleZip(), { versionId: '' });
    assert.equal(res.status, 303);
    return (await w.store.getDisclosure(d.id))!;
  };
  const d = {
    dept: await make(w.orgs.dept.id, 'clerkDept'),
    a: await make(w.orgs.unitA.id, 'clerkA'),
    b: await make(w.orgs.unitB.id, 'clerkB'),
    other: await make(w.orgs.otherDept.id, 'otherAdmin'),
  };
  const clients: Record<string, Client> = { anonymous: new Client(w.app) };
  for (const r of ROLES) clients[r] = await loggedIn(w, r);
  await clients['anonymous']!.get('/app/login');
  return { w, d, clients };
}

/** Which disclosures each role may read. */
const READS: Record<(typeof ROLES)[number], readonly ('dept' | 'a' | 'b' | 'other')[]> = {
  clerkA: ['a'],
  clerkB: ['b'],
  clerkDept: ['dept'],
  deptAdmin: ['dept', 'a', 'b'],
  otherAdmin: ['other'],
  reviewer: ['dept', 'a', 'b', 'other'],
  admin: [],
};
const EDITORS = new Set(['clerkA', 'clerkB', 'clerkDept', 'deptAdmin', 'otherAdmin']);

const READ_ROUTES = ['', '/v/1/preview', '/v/1/files/findings.json', '/v/1/files/tables.xlsx'];
const EDIT_ROUTES = ['/edit', '/edit?s=reasons', '/tables', '/tables/T01', '/upload'];

describe('authorization matrix', () => {
  let f: Fixture;
  before(async () => {
    // One fixture for the read-only matrix; t.after of a before-hook context is not available, so close on exit.
    const t = {
      after: (fn: () => unknown) => process.once('beforeExit', () => void fn()),
    } as unknown as TestContext;
    f = await fixture(t);
  });

  it('lets each role read exactly its disclosures (404 otherwise) and redirects the public to the login', async () => {
    for (const role of ROLES) {
      for (const key of ['dept', 'a', 'b', 'other'] as const) {
        const allowed = READS[role].includes(key);
        for (const route of READ_ROUTES) {
          const res = await f.clients[role]!.get(`/app/d/${f.d[key].id}${route}`);
          assert.equal(res.status, allowed ? 200 : 404, `${role} GET ${key}${route}`);
        }
      }
    }
    for (const route of [...READ_ROUTES, ...EDIT_ROUTES]) {
      const res = await f.clients['anonymous']!.get(`/app/d/${f.d.a.id}${route}`);
      assert.equal(res.status, 302, `anonymous ${route}`);
      assert.match(res.location ?? '', /^\/app\/login/);
    }
  });

  it('lets only editors of the disclosure open the edit pages; the reviewer gets 403', async () => {
    for (const role of ROLES) {
      for (const key of ['dept', 'a', 'b', 'other'] as const) {
        const readable = READS[role].includes(key);
        const expected = !readable ? 404 : EDITORS.has(role) ? 200 : 403;
        for (const route of EDIT_ROUTES) {
          const res = await f.clients[role]!.get(`/app/d/${f.d[key].id}${route}`);
          assert.equal(res.status, expected, `${role} GET ${key}${route}`);
        }
      }
    }
  });

  it('lists in the workspace only what the role may read', async () => {
    const names = {
      dept: '剑阁县人民政府办公室',
      a: '剑阁县民营经济服务中心',
      b: '剑阁县政府信息中心',
      other: '剑阁县教育局',
    };
    for (const role of ROLES) {
      if (role === 'admin') continue;
      const page = await f.clients[role]!.get('/app');
      assert.equal(page.status, 200);
      for (const key of ['dept', 'a', 'b', 'other'] as const) {
        const linked = page.text.includes(`href="/app/d/${f.d[key].id}"`);
        assert.equal(linked, READS[role].includes(key), `${role} sees ${names[key]}`);
      }
    }
    assert.equal((await f.clients['admin']!.get('/app')).status, 302, 'admin goes to the user management');
  });

  it('guards the role pages', async () => {
    const expectations: [string, readonly string[]][] = [
      ['/app/admin/users', ['admin']],
      ['/app/admin/orgs', ['admin']],
      [`/app/admin/orgs/${f.w.orgs.unitA.id}`, ['admin']],
      ['/app/admin/audit', ['admin', 'reviewer']],
      ['/app/dept', ['deptAdmin', 'otherAdmin', 'reviewer']],
      ['/app/review', ['reviewer']],
      ['/app/jobs', ['reviewer', 'admin']],
      ['/app/account', [...ROLES]],
    ];
    for (const [path, allowed] of expectations) {
      for (const role of ROLES) {
        const res = await f.clients[role]!.get(path);
        assert.equal(res.status, allowed.includes(role) ? 200 : 403, `${role} GET ${path}`);
      }
      assert.equal((await f.clients['anonymous']!.get(path)).status, 302, `anonymous GET ${path}`);
    }
  });

  it("shows a 部门管理员 only its department's units in the department view", async () => {
    const own = await f.clients['deptAdmin']!.get('/app/dept?year=2022');
    assert.match(own.text, /剑阁县民营经济服务中心/);
    assert.doesNotMatch(own.text, /剑阁县教育局/);
    // The org parameter is ignored for a 部门管理员: always its own department.
    const other = await f.clients['otherAdmin']!.get(`/app/dept?year=2022&org=${f.w.orgs.dept.id}`);
    assert.match(other.text, /剑阁县教育局/);
    assert.doesNotMatch(other.text, /剑阁县民营经济服务中心/);
  });

  it('lets the public see published disclosures only', async () => {
    const anon = f.clients['anonymous']!;
    const before = await anon.get('/');
    assert.equal(before.status, 200);
    assert.doesNotMatch(before.text, /剑阁县民营经济服务中心/);
    const draftUrl = `/disclosures/2022/${f.w.orgs.unitA.id}`;
    assert.equal((await anon.get(draftUrl)).status, 404);
    // Publish B through the store (the workflow itself is tested elsewhere); A stays a draft.
    const reviewer = { userId: f.w.users['reviewer']!.id, ip: null };
    const clerkB = { userId: f.w.users['clerkB']!.id, ip: null };
    await f.w.store.transition({ disclosureId: f.d.b.id, from: 'draft', to: 'submitted' }, clerkB);
    await f.w.store.transition({ disclosureId: f.d.b.id, from: 'submitted', to: 'approved' }, reviewer);
    await f.w.store.publish({ disclosureId: f.d.b.id }, reviewer);
    const after = await anon.get('/');
    assert.match(after.text, /剑阁县政府信息中心/);
    assert.doesNotMatch(after.text, /剑阁县民营经济服务中心/);
    assert.equal((await anon.get(draftUrl)).status, 404);
    assert.equal((await anon.get(`/disclosures/2022/${f.w.orgs.unitB.id}`)).status, 200);
  });
});

describe('authorization of actions', () => {
  it('refuses every state change outside the role or scope and changes nothing', async (t) => {
    const { w, d, clients } = await fixture(t);
    const v = (await w.store.listVersions(d.a.id))[0]!;
    const actions: [string, Record<string, string>][] = [
      ['/edit', { versionId: v.id, section: 'duties', 'v:organization': '被篡改' }],
      ['/check', { versionId: v.id, section: 'duties', 'v:organization': '被篡改' }],
      ['/tables/T01', { versionId: v.id, rows: '1', 'code.0': 'income.total', 'cell.0.amount': '1' }],
      ['/justify', { versionId: v.id, rule: 'x', key: 'y', text: '理由理由理由' }],
      ['/submit', {}],
      ['/return', { comment: '退回意见' }],
      ['/approve', {}],
      ['/publish', {}],
      ['/correct', {}],
    ];
    const outsiders = ['clerkB', 'clerkDept', 'otherAdmin', 'admin'];
    for (const role of outsiders) {
      for (const [path, form] of actions) {
        const c = clients[role]!;
        await c.get('/app/account');
        const res = await c.post(`/app/d/${d.a.id}${path}`, form);
        assert.equal(res.status, 404, `${role} POST a${path}`);
      }
      const up = await clients[role]!.upload(`/app/d/${d.a.id}/upload`, 'x.zip', exampleZip(), {
        versionId: v.id,
      });
      assert.equal(up.status, 404, `${role} upload`);
    }
    // The reviewer reads A but may not change its data or submit it.
    const reviewer = clients['reviewer']!;
    await reviewer.get(`/app/d/${d.a.id}`);
    for (const [path, form] of actions.filter(([p]) =>
      ['/edit', '/check', '/tables/T01', '/justify', '/submit', '/correct'].includes(p),
    )) {
      assert.equal(
        (await reviewer.post(`/app/d/${d.a.id}${path}`, form)).status,
        403,
        `reviewer POST ${path}`,
      );
    }
    assert.equal(
      (await reviewer.upload(`/app/d/${d.a.id}/upload`, 'x.zip', exampleZip(), { versionId: v.id })).status,
      403,
    );
    // Clerks may not review.
    const clerkA = clients['clerkA']!;
    await clerkA.get(`/app/d/${d.a.id}`);
    for (const path of ['/return', '/approve', '/publish']) {
      assert.equal(
        (await clerkA.post(`/app/d/${d.a.id}${path}`, { comment: '通过通过' })).status,
        403,
        `clerk POST ${path}`,
      );
    }
    // Nothing changed.
    assert.equal((await w.store.listVersions(d.a.id)).length, 1);
    assert.equal((await w.store.getDisclosure(d.a.id))!.status, 'draft');
    assert.equal((await w.store.listJustifications(d.a.id)).length, 0);
    // A clerk cannot start a disclosure for another unit; a reviewer cannot start one at all.
    await clerkA.get('/app');
    assert.equal(
      (await clerkA.post('/app/disclosures', { organisationId: w.orgs.unitB.id, year: '2023' })).status,
      404,
    );
    assert.equal(
      (await reviewer.post('/app/disclosures', { organisationId: w.orgs.unitB.id, year: '2023' })).status,
      403,
    );
    // Only the admin manages users and organisations.
    for (const role of ['clerkA', 'deptAdmin', 'reviewer']) {
      const c = clients[role]!;
      await c.get('/app/account');
      const user = await c.post('/app/admin/users', {
        username: 'intruder',
        displayName: 'x',
        role: 'admin',
        organisationId: w.orgs.bureau.id,
        password: 'a long Passw0rd!',
      });
      assert.equal(user.status, 403, `${role} creates a user`);
      const org = await c.post('/app/admin/orgs', {
        name: '假部门',
        kind: 'department',
        parentId: w.orgs.bureau.id,
        region: '某地',
      });
      assert.equal(org.status, 403, `${role} creates an organisation`);
      const edit = await c.post(`/app/admin/orgs/${w.orgs.unitA.id}`, {
        name: '被改名',
        region: '某地',
        unitType: '',
        parentId: w.orgs.otherDept.id,
      });
      assert.equal(edit.status, 403, `${role} edits an organisation`);
      assert.equal(
        (await c.post(`/app/admin/users/${w.users['admin']!.id}/disabled`, { disabled: '1' })).status,
        403,
      );
    }
    assert.equal(await w.store.getUserByUsername('intruder'), null);
    assert.deepEqual(await w.store.getOrganisation(w.orgs.unitA.id), w.orgs.unitA);
    assert.deepEqual(await w.store.listAudit({ action: 'organisation.update' }), []);
    assert.equal((await w.store.getUser(w.users['admin']!.id))!.disabled, false);
    // The admin may.
    const admin = clients['admin']!;
    await admin.get('/app/admin/users');
    const created = await admin.post('/app/admin/users', {
      username: 'newclerk',
      displayName: '新填报人',
      role: 'clerk',
      organisationId: w.orgs.unitA.id,
      password: 'a long Passw0rd!',
    });
    assert.equal(created.status, 303);
    await admin.get(`/app/admin/orgs/${w.orgs.unitA.id}`);
    const renamed = await admin.post(`/app/admin/orgs/${w.orgs.unitA.id}`, {
      name: '剑阁县营商环境服务中心',
      region: w.orgs.unitA.region,
      code: w.orgs.unitA.code ?? '',
      unitType: w.orgs.unitA.unitType ?? '',
      parentId: w.orgs.dept.id,
    });
    assert.equal(renamed.status, 303);
    assert.equal((await w.store.getOrganisation(w.orgs.unitA.id))!.name, '剑阁县营商环境服务中心');
    const wrongKind = await admin.post('/app/admin/users', {
      username: 'rev2',
      displayName: '审核',
      role: 'reviewer',
      organisationId: w.orgs.unitA.id,
      password: 'a long Passw0rd!',
    });
    assert.equal(wrongKind.status, 400);
    assert.match(wrongKind.text, /审核人应属于财政局/);
  });
});
