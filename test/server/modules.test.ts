/**
 * The server's pure pieces on real inputs: password hashing, the sliding-window limiter, JSON paths, the
 * stored dataset's round trip (findings unchanged, 万元 entry kept), form values (exact amounts, never a
 * float), version diffs, finding keys, uploads (zip traversal refused, open data accepted), safe redirects.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { zipSync } from 'fflate';
import { buildReport } from '../../src/narrative/document.ts';
import { renderOpenData } from '../../src/render/opendata/index.ts';
import { runRules, summarise } from '../../src/rules/engine.ts';
import {
  DUMMY_HASH_PROMISE,
  hashPassword,
  passwordProblem,
  verifyPassword,
} from '../../src/server/auth/password.ts';
import { SlidingWindowLimiter } from '../../src/server/auth/rate-limit.ts';
import { csrfTokenOf } from '../../src/server/auth/session.ts';
import { diffSentences, diffTables, reportSentences } from '../../src/server/data/diff.ts';
import { sectionsFor } from '../../src/server/data/fields.ts';
import { locationKey, unjustifiedWarnings } from '../../src/server/data/findings.ts';
import { applyForm, displayValue } from '../../src/server/data/form-values.ts';
import { formatPath, getAt, parsePath, setAt } from '../../src/server/data/json-path.ts';
import { figuresOf } from '../../src/server/data/save.ts';
import { fromStored, MAIN_FILE, storedJson, toStored } from '../../src/server/data/stored-dataset.ts';
import { datasetFromUpload } from '../../src/server/data/upload.ts';
import { safeNext } from '../../src/server/routes/auth.tsx';
import type { Organisation } from '../../src/storage/types.ts';
import { example, setCell, wan } from '../helpers.ts';

describe('passwords', () => {
  it('hashes with scrypt, a fresh salt and the parameters, and verifies in constant time', async () => {
    const a = await hashPassword('correct horse 2023');
    const b = await hashPassword('correct horse 2023');
    assert.match(a, /^scrypt\$N=16384,r=8,p=1\$[\w-]{22}\$[\w-]{43}$/);
    assert.notEqual(a, b, 'salted');
    assert.equal(await verifyPassword('correct horse 2023', a), true);
    assert.equal(await verifyPassword('correct horse 2024', a), false);
    assert.equal(await verifyPassword('x', 'plain-text'), false, 'a malformed hash never matches');
    assert.equal(
      await verifyPassword('x', a.replace('N=16384', 'N=1099511627776')),
      false,
      'absurd costs refused',
    );
    const cheap = await hashPassword('p@ssw0rd-long', { N: 1024, r: 8, p: 1 });
    assert.equal(await verifyPassword('p@ssw0rd-long', cheap), true, 'the stored parameters are used');
    assert.equal(await verifyPassword('anything', await DUMMY_HASH_PROMISE()), false);
  });

  it('refuses short or one-kind passwords', () => {
    assert.ok(passwordProblem('short'));
    assert.ok(passwordProblem('1234567890123'));
    assert.equal(passwordProblem('correct horse 2023'), null);
  });

  it('derives a different CSRF token per session secret, the same for the same', () => {
    assert.equal(csrfTokenOf('s1'), csrfTokenOf('s1'));
    assert.notEqual(csrfTokenOf('s1'), csrfTokenOf('s2'));
  });
});

describe('sliding window limiter', () => {
  it('blocks at the limit and frees each slot as it leaves the window', () => {
    let now = 0;
    const l = new SlidingWindowLimiter({ windowMs: 1000, max: 2, now: () => now });
    l.hit('k');
    now = 400;
    l.hit('k');
    assert.equal(l.isBlocked('k'), true);
    assert.equal(l.retryAfterMs('k'), 600);
    assert.equal(l.isBlocked('other'), false);
    now = 1001;
    assert.equal(l.isBlocked('k'), false, 'the first hit left the window');
    l.hit('k');
    assert.equal(l.isBlocked('k'), true);
    l.reset('k');
    assert.equal(l.isBlocked('k'), false);
  });
});

describe('JSON paths', () => {
  it('reads and writes the paths findings name, without touching the original', () => {
    assert.deepEqual(parsePath('performance.overall.report[2].body'), [
      'performance',
      'overall',
      'report',
      2,
      'body',
    ]);
    assert.equal(formatPath(['a', 0, 'b']), 'a[0].b');
    const root = { a: { list: [{ x: 1 }, { x: 2 }] } };
    const next = setAt(root, 'a.list[1].x', 3);
    assert.equal(getAt(next, 'a.list[1].x'), 3);
    assert.equal(root.a.list[1]!.x, 2);
    assert.deepEqual(setAt(root, 'a.list', undefined), { a: {} });
    assert.equal(getAt(root, 'a.missing.deeper'), undefined);
    assert.throws(() => setAt(root, '__proto__.polluted', 1));
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
  });
});

describe('stored datasets', () => {
  it('round-trips the example with the same findings, figures and unit of entry', () => {
    const ds = example();
    const stored = JSON.parse(JSON.stringify(storedJson(toStored(ds))));
    const back = fromStored(stored);
    assert.ok(back.ok);
    assert.equal(
      back.dataset.entity.amountUnit,
      'wanYuan',
      '万元 entry kept (the rules treat each figure as rounded)',
    );
    assert.deepEqual(summarise(runRules(back.dataset)), summarise(runRules(ds)));
    assert.deepEqual(figuresOf(back.dataset), figuresOf(ds));
    assert.equal(figuresOf(ds).grandTotal, wan('651.04'));
    assert.equal(JSON.stringify(stored).includes('e+'), false, 'no float notation anywhere');
  });

  it('refuses what is not a stored dataset', () => {
    assert.equal(fromStored({ some: 'thing' }).ok, false);
    assert.equal(fromStored(null).ok, false);
  });
});

describe('form values', () => {
  const main = toStored(example()).files[MAIN_FILE]!;
  const sections = sectionsFor(main);
  const field = (path: string) => sections.flatMap((s) => s.fields).find((f) => f.path === path)!;

  it('shows amounts in the unit of entry exactly and writes them back as 元 strings', () => {
    const f = field('operatingExpenses');
    assert.equal(displayValue(main, f, 'wanYuan'), '100.46');
    const r = applyForm(main, [f], { 'v:operatingExpenses': '100.456789' }, 'wanYuan');
    assert.deepEqual(r.errors, {});
    assert.equal(getAt(r.main, 'operatingExpenses'), '1004567.89');
    const bad = applyForm(main, [f], { 'v:operatingExpenses': '100.4567891' }, 'wanYuan');
    assert.match(bad.errors['operatingExpenses']!, /小数位过多/);
    const blank = applyForm(main, [f], { 'v:operatingExpenses': '' }, 'wanYuan');
    assert.equal(getAt(blank.main, 'operatingExpenses'), null, 'blank is blank, not 0');
  });

  it('changes only the fields that differ, and reads counts, lines and pairs', () => {
    const same = applyForm(
      main,
      sections[0]!.fields,
      Object.fromEntries(sections[0]!.fields.map((f) => [`v:${f.path}`, displayValue(main, f, 'wanYuan')])),
      'wanYuan',
    );
    assert.equal(same.changed, 0);
    const r = applyForm(
      main,
      [field('staff.actual'), field('duties'), field('staff.breakdown'), field('reasons.changes.basic')],
      {
        'v:staff.actual': '44',
        'v:duties': '一\n\n 二 ',
        'v:staff.breakdown': '公务员：18\n工勤：3',
        'v:reasons.changes.basic': '',
      },
      'wanYuan',
    );
    assert.deepEqual(r.errors, {});
    assert.equal(getAt(r.main, 'staff.actual'), 44);
    assert.deepEqual(getAt(r.main, 'duties'), ['一', '二']);
    assert.deepEqual(getAt(r.main, 'staff.breakdown'), [
      { label: '公务员', count: 18 },
      { label: '工勤', count: 3 },
    ]);
    const bad = applyForm(
      main,
      [field('staff.actual'), field('staff.breakdown')],
      { 'v:staff.actual': '4.5', 'v:staff.breakdown': '公务员 十八' },
      'wanYuan',
    );
    assert.deepEqual(Object.keys(bad.errors).sort(), ['staff.actual', 'staff.breakdown']);
  });

  it('edits table-like lists (glossary, 绩效 categories and indicators) one row per line', () => {
    const categories = field('performance.overall.categories');
    const indicators = field('performance.projects[0].indicators');
    const glossary = field('glossary');
    assert.equal(displayValue(main, categories, 'wanYuan').split('\n')[1], '运转类项目 ｜  ｜ ');
    const unchanged = applyForm(
      main,
      [categories, indicators, glossary],
      Object.fromEntries(
        [categories, indicators, glossary].map((f) => [`v:${f.path}`, displayValue(main, f, 'wanYuan')]),
      ),
      'wanYuan',
    );
    assert.equal(unchanged.changed, 0, 'what is shown reads back as it was');
    const r = applyForm(
      main,
      [categories, indicators, glossary],
      {
        'v:performance.overall.categories':
          '人员类项目\t530.58\t530.58\n运转类项目|120.5|\n特定目标类项目｜20｜19.999999',
        'v:performance.projects[0].indicators': '完成指标|数量指标|外出招商次数|170次|完成170余次',
        'v:glossary':
          '基本支出｜指为保障机构正常运转发生的支出｜含人员经费和公用经费\n\n项目支出|指为完成特定任务发生的支出',
      },
      'wanYuan',
    );
    assert.deepEqual(r.errors, {});
    assert.deepEqual(getAt(r.main, 'performance.overall.categories'), [
      { name: '人员类项目', budget: '5305800.00', execution: '5305800.00' },
      { name: '运转类项目', budget: '1205000.00' },
      { name: '特定目标类项目', budget: '200000.00', execution: '199999.99' },
    ]);
    assert.deepEqual(getAt(r.main, 'performance.projects[0].indicators'), [
      {
        level1: '完成指标',
        level2: '数量指标',
        level3: '外出招商次数',
        target: '170次',
        actual: '完成170余次',
      },
    ]);
    assert.deepEqual(getAt(r.main, 'glossary'), [
      { term: '基本支出', definition: '指为保障机构正常运转发生的支出｜含人员经费和公用经费' },
      { term: '项目支出', definition: '指为完成特定任务发生的支出' },
    ]);
    const bad = applyForm(
      main,
      [categories, indicators, glossary],
      {
        'v:performance.overall.categories': '人员类项目|五百|',
        'v:performance.projects[0].indicators': '完成指标|数量指标|次数|170次',
        'v:glossary': '｜没有名词',
      },
      'wanYuan',
    );
    assert.match(bad.errors['performance.overall.categories']!, /第1行“预算数”不是有效的金额/);
    assert.match(bad.errors['performance.projects[0].indicators']!, /第1行应有 5 列/);
    assert.match(bad.errors['glossary']!, /第1行“名词”不能为空/);
    const cleared = applyForm(main, [glossary], { 'v:glossary': '' }, 'wanYuan');
    assert.equal(getAt(cleared.main, 'glossary'), undefined, 'an emptied list is removed, not stored empty');
  });
});

describe('version diffs', () => {
  it('lists changed cells in 万元, including added and blanked ones', () => {
    const a = example();
    const b = setCell(
      setCell(a, 'T01', 'income.total', 'amount', wan('652.00')),
      'T01',
      'income.other',
      'amount',
      null,
    );
    const changes = diffTables(a, b);
    assert.deepEqual(
      changes.map((c) => [c.table, c.row, c.column, c.before, c.after]),
      [
        ['T01', 'income.other', 'amount', '0.00', null],
        ['T01', 'income.total', 'amount', '651.04', '652.00'],
      ],
    );
    assert.deepEqual(diffTables(a, a), []);
  });

  it('aligns sentences and reports only the changed ones', () => {
    assert.deepEqual(diffSentences(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd', 'e']), [
      { kind: 'removed', text: 'b' },
      { kind: 'added', text: 'x' },
      { kind: 'added', text: 'e' },
    ]);
    const r = reportSentences(buildReport(example()));
    assert.ok(r.length > 100);
    assert.deepEqual(diffSentences(r, r), []);
  });
});

describe('finding keys', () => {
  it('keys a finding by its places, and a justification covers exactly that warning', () => {
    const findings = runRules(example());
    const warnings = findings.filter((f) => f.severity === 'warning');
    const keys = warnings.map((f) => `${f.rule} ${locationKey(f)}`);
    assert.equal(new Set(keys).size, keys.length, 'unique among the example warnings');
    const first = warnings[0]!;
    const j = {
      id: 1,
      disclosureId: 'd',
      versionId: 'v',
      ruleId: first.rule,
      locationKey: locationKey(first),
      text: '理由',
      userId: 'u',
      createdAt: '',
    };
    assert.equal(unjustifiedWarnings(findings, [j]).length, warnings.length - 1);
  });
});

describe('uploads', () => {
  const org: Organisation = {
    id: 'o',
    name: '某单位',
    code: null,
    kind: 'unit',
    parentId: null,
    region: '某地',
    unitType: '事业单位',
    createdAt: '',
  };
  const ctx = { year: 2022, organisation: org, current: null };
  const enc = (s: string) => new TextEncoder().encode(s);

  it('refuses a zip whose paths leave the folder', async () => {
    const evil = zipSync({ '../../etc/disclosure.yaml': enc('x') });
    const r = await datasetFromUpload(evil, 'evil.zip', ctx);
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.errors[0]! : '', /不安全/);
  });

  it('reads our own open data back (dataset.json in a zip, or alone)', async () => {
    const files = renderOpenData(example());
    const zip = zipSync(Object.fromEntries([...files].map(([p, c]) => [`jiange/${p}`, enc(c)])));
    const r = await datasetFromUpload(zip, 'open.zip', ctx);
    assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
    assert.deepEqual(figuresOf(r.dataset), figuresOf(example()));
    const alone = await datasetFromUpload(enc(files.get('dataset.json')!), 'dataset.json', ctx);
    assert.ok(alone.ok);
    const broken = await datasetFromUpload(enc('{"entity":'), 'dataset.json', ctx);
    assert.equal(broken.ok, false);
  });

  it("makes an upload the organisation's, and says so when the file names another body", async () => {
    const json = enc(renderOpenData(example()).get('dataset.json')!);
    const r = await datasetFromUpload(json, 'dataset.json', ctx);
    assert.ok(r.ok);
    assert.equal(r.dataset.entity.name, '某单位');
    assert.equal(r.dataset.entity.kind, 'unit');
    assert.equal(r.dataset.entity.unitType, '事业单位');
    assert.ok(
      r.notes.includes('“dataset.json”中的编制单位为“剑阁县人民政府办公室”，已按本机构改为“某单位”'),
      r.notes.join('\n'),
    );
    const own = { ...ctx, organisation: { ...org, name: '剑阁县人民政府办公室' } };
    const same = await datasetFromUpload(json, 'dataset.json', own);
    assert.ok(same.ok);
    assert.ok(!same.notes.some((n) => n.includes('已按本机构改为')), 'nothing to say when the names agree');
  });
});

describe('redirects after login', () => {
  it('allows only paths of the internal system', () => {
    assert.equal(safeNext('/app/d/1?x=2'), '/app/d/1?x=2');
    for (const bad of [
      'https://evil.example',
      '//evil.example',
      '/\\evil',
      'javascript:x',
      '/other',
      undefined,
    ]) {
      assert.equal(safeNext(bad), '/app', String(bad));
    }
  });
});
