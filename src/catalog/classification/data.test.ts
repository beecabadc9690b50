import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { levelOfCode, parentCode } from './codes.ts';
import { allRenames, allRows } from './data.ts';
import { catalogFor, catalogYears } from './index.ts';
import { normaliseName } from './normalise.ts';
import type { ClassificationKind } from './types.ts';

const KINDS: readonly ClassificationKind[] = ['functional', 'economic'];

describe('catalogue data integrity', () => {
  for (const kind of KINDS) {
    describe(kind, () => {
      const rows = allRows(kind);

      it('has a level that matches the code length and a parent one level up', () => {
        for (const row of rows) {
          assert.equal(levelOfCode(row.code, kind), row.level, row.code);
          assert.equal(row.parent, parentCode(row.code), row.code);
        }
      });

      it("has each row's parent in every year of the row", () => {
        for (const row of rows) {
          if (row.parent === null) continue;
          const parents = rows.filter((r) => r.code === row.parent);
          for (const year of row.years) {
            assert.ok(
              parents.some((p) => p.years.includes(year)),
              `${row.code} ${row.name}: parent ${row.parent} missing in ${year}`,
            );
          }
        }
      });

      it('has codes unique within each year', () => {
        const years = new Set(rows.flatMap((r) => r.years));
        for (const year of years) {
          const codes = rows.filter((r) => r.years.includes(year)).map((r) => r.code);
          assert.equal(new Set(codes).size, codes.length, `duplicate code in ${year}`);
        }
      });

      it('has sorted, distinct, integral years and at least one source per row', () => {
        for (const row of rows) {
          assert.ok(row.years.length > 0, row.code);
          assert.ok(
            row.years.every((y, i) => Number.isInteger(y) && (i === 0 || y > (row.years[i - 1] ?? y))),
            row.code,
          );
          assert.ok(row.source.length > 0, row.code);
          assert.equal(new Set(row.source).size, row.source.length, row.code);
        }
      });

      it('stores names in normal form: full-width brackets, no spaces', () => {
        for (const row of rows) {
          assert.equal(normaliseName(row.name), row.name, row.code);
          assert.doesNotMatch(row.name, /[()\s]/u, row.code);
          assert.ok(row.name.length > 0, row.code);
        }
      });

      it('is listed in code order', () => {
        const codes = rows.map((r) => r.code);
        assert.deepEqual(codes, [...codes].sort());
      });
    });
  }
});

describe('renames', () => {
  it('point at codes that carry the new name in every covered year after the change', () => {
    for (const rename of allRenames()) {
      for (const year of catalogYears().filter((y) => y > rename.lastYearOfOld)) {
        const entry = catalogFor(rename.kind, year).get(rename.code);
        assert.equal(entry?.name, rename.to, `${rename.code} in ${year}`);
        assert.notEqual(normaliseName(rename.from), normaliseName(rename.to), rename.code);
      }
      assert.equal(normaliseName(rename.from), rename.from, rename.code);
      assert.ok(rename.source.length > 0, rename.code);
    }
  });

  it('include every rename of classification-sources.md §3', () => {
    const pairs = allRenames().map((r) => `${r.code} ${r.from}→${r.to}`);
    for (const pair of [
      '210 医疗卫生与计划生育支出→卫生健康支出',
      '207 文化体育与传媒支出→文化旅游体育与传媒支出',
      '215 资源勘探信息等支出→资源勘探工业信息等支出',
      '220 国土海洋气象等支出→自然资源海洋气象等支出',
      '20805 行政事业单位离退休→行政事业单位养老支出',
      '2080501 归口管理的行政单位离退休→行政单位离退休',
    ]) {
      assert.ok(pairs.includes(pair), pair);
    }
  });
});

describe('required contents', () => {
  it('has every 类/款/项 of the seed report (剑阁县人民政府办公室 2022 决算, 五（三）) in 2022', () => {
    const c = catalogFor('functional', 2022);
    const seedPaths: Array<[string, string]> = [
      ['2010301', '一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）'],
      ['2010350', '一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）事业运行（项）'],
      ['2011308', '一般公共服务支出（类）商贸事务（款）招商引资（项）'],
      ['2080505', '社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）'],
      ['2101101', '卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）'],
      ['2101102', '卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）'],
      ['2210201', '住房保障支出（类）住房改革支出（款）住房公积金（项）'],
    ];
    for (const [code, path] of seedPaths) {
      const names = [code.slice(0, 3), code.slice(0, 5), code].map((c3) => c.get(c3)?.name);
      const suffixes = ['（类）', '（款）', '（项）'];
      assert.equal(names.map((n, i) => `${n}${suffixes[i]}`).join(''), path, code);
    }
  });

  it('has the economic 款 names of the seed report (六) in 2022', () => {
    const c = catalogFor('economic', 2022);
    const names = new Set(c.lei().flatMap((lei) => c.children(lei.code).map((e) => e.name)));
    for (const name of [
      '基本工资',
      '津贴补贴',
      '奖金',
      '绩效工资',
      '机关事业单位基本养老保险缴费',
      '其他社会保障缴费',
      '退休费',
      '生活补助',
      '住房公积金',
      '办公费',
      '水费',
      '电费',
      '差旅费',
      '维修（护）费',
      '公务接待费',
      '劳务费',
      '工会经费',
      '福利费',
      '其他商品和服务支出',
    ]) {
      assert.ok(names.has(name), name);
    }
  });

  it('has every economic 款 of domain-standard §4.3 in 2024', () => {
    const c = catalogFor('economic', 2024);
    const expected: Record<string, string> = {
      '30101': '基本工资',
      '30102': '津贴补贴',
      '30103': '奖金',
      '30106': '伙食补助费',
      '30107': '绩效工资',
      '30108': '机关事业单位基本养老保险缴费',
      '30109': '职业年金缴费',
      '30110': '职工基本医疗保险缴费',
      '30111': '公务员医疗补助缴费',
      '30112': '其他社会保障缴费',
      '30113': '住房公积金',
      '30114': '医疗费',
      '30199': '其他工资福利支出',
      '30201': '办公费',
      '30202': '印刷费',
      '30203': '咨询费',
      '30204': '手续费',
      '30205': '水费',
      '30206': '电费',
      '30207': '邮电费',
      '30208': '取暖费',
      '30209': '物业管理费',
      '30211': '差旅费',
      '30212': '因公出国（境）费用',
      '30213': '维修（护）费',
      '30214': '租赁费',
      '30215': '会议费',
      '30216': '培训费',
      '30217': '公务接待费',
      '30218': '专用材料费',
      '30224': '被装购置费',
      '30225': '专用燃料费',
      '30226': '劳务费',
      '30227': '委托业务费',
      '30228': '工会经费',
      '30229': '福利费',
      '30231': '公务用车运行维护费',
      '30239': '其他交通费用',
      '30240': '税金及附加费用',
      '30299': '其他商品和服务支出',
      '30301': '离休费',
      '30302': '退休费',
      '30303': '退职（役）费',
      '30304': '抚恤金',
      '30305': '生活补助',
      '30306': '救济费',
      '30307': '医疗费补助',
      '30308': '助学金',
      '30309': '奖励金',
      '30310': '个人农业生产补贴',
      '30311': '代缴社会保险费',
      '30399': '其他对个人和家庭的补助',
      '31001': '房屋建筑物购建',
      '31002': '办公设备购置',
      '31003': '专用设备购置',
      '31007': '信息网络及软件购置更新',
      '31013': '公务用车购置',
      '31019': '其他交通工具购置',
      '31021': '文物和陈列品购置',
      '31022': '无形资产购置',
      '31099': '其他资本性支出',
    };
    for (const [code, name] of Object.entries(expected)) {
      assert.equal(c.get(code)?.name, name, code);
    }
    assert.equal(Object.keys(expected).length, 61);
  });

  it('has the functional 类 of the 2021–2025 catalogues', () => {
    const expected = [
      '201',
      '202',
      '203',
      '204',
      '205',
      '206',
      '207',
      '208',
      '209',
      '210',
      '211',
      '212',
      '213',
      '214',
      '215',
      '216',
      '217',
      '219',
      '220',
      '221',
      '222',
      '223',
      '224',
      '227',
      '229',
      '230',
      '231',
      '232',
      '233',
      '234',
    ];
    for (const year of catalogYears()) {
      const codes = catalogFor('functional', year)
        .lei()
        .map((e) => e.code);
      assert.deepEqual(codes, expected, String(year));
    }
  });
});
