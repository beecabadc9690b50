import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normaliseText } from './normalise.ts';
import { RADICAL_TO_IDEOGRAPH } from './radicals.ts';
import { TRADITIONAL_TO_SIMPLIFIED } from './t2s.ts';

test('NFKC: full-width digits and punctuation, Kangxi radicals', () => {
  assert.equal(normaliseText('６５１．０４万元，占１００％（类）').text, '651.04万元,占100%(类)');
  assert.equal(normaliseText('⼀般公共预算财政拨款⽀出').text, '一般公共预算财政拨款支出');
});

test('CJK Radicals Supplement (not NFKC-mapped) become unified ideographs', () => {
  assert.equal('⻋'.normalize('NFKC'), '⻋', 'NFKC leaves U+2EC5 alone');
  assert.equal(
    normaliseText('公务用⻋购置，⻓期，⻔户网站，⻅附件').text,
    '公务用车购置,长期,门户网站,见附件',
  );
  for (const [radical, ideograph] of RADICAL_TO_IDEOGRAPH) {
    const cp = radical.codePointAt(0)!;
    assert.ok(cp >= 0x2e80 && cp <= 0x2eff, radical);
    assert.match(ideograph, /^\p{Unified_Ideograph}$/u, `${radical} → ${ideograph}`);
  }
});

test('traditional characters of 决算 reports become simplified; simplified text is unchanged', () => {
  const trad =
    '決算 預算 經費 財政 撥款 補助 國有 資產 機關 運行 購置 車輛 經營 項目 說明 報告 單位 部門 萬元 總計 收支 增長 減少 增加 下降 醫療 養老 保險 衛生 健康 環境 保護 農業 區 縣 辦公 與 為 會 歷';
  const simp =
    '决算 预算 经费 财政 拨款 补助 国有 资产 机关 运行 购置 车辆 经营 项目 说明 报告 单位 部门 万元 总计 收支 增长 减少 增加 下降 医疗 养老 保险 卫生 健康 环境 保护 农业 区 县 办公 与 为 会 历';
  assert.equal(normaliseText(trad).text, simp);
  // Characters also used in simplified text are never rewritten.
  for (const c of '覆乾藉瞭著') assert.equal(TRADITIONAL_TO_SIMPLIFIED.has(c), false, c);
  const simplified = '显著的覆盖，乾坤，狼藉，一般公共预算财政拨款支出决算情况说明';
  assert.equal(normaliseText(simplified).text, simplified.replaceAll('，', ','));
});

test('numbers split across lines are joined; numbered lines are not glued to a number', () => {
  assert.equal(normaliseText('总计651.\n04万元').text, '总计651.04万元');
  assert.equal(normaliseText('总计651\n.04万元').text, '总计651.04万元');
  assert.equal(normaliseText('占4.\n77%').text, '占4.77%');
  assert.equal(normaliseText('共计65\n1.04万元').text, '共计651.04万元');
  assert.equal(normaliseText('事项14.\n15.办理其他事项').text, '事项14.\n15.办理其他事项');
  assert.equal(normaliseText('共3个\n2.财政拨款').text, '共3个\n2.财政拨款');
});

test('every normalised character points back at its source offset', () => {
  const source = '收支總計為６５１.\n04萬元\u200B。';
  const n = normaliseText(source);
  assert.equal(n.text, '收支总计为651.04万元。');
  assert.equal(n.origin.length, n.text.length);
  const at = n.text.indexOf('万');
  assert.equal(source[n.origin[at]!], '萬');
  const four = n.text.indexOf('04');
  assert.equal(source.slice(n.origin[four]!, n.origin[four]! + 2), '04');
});
