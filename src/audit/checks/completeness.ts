/**
 * @module Completeness of a whole report (run only with --complete): a.missing-part (the parts of the
 * profile, and the sections of the 决算情况说明) and a.missing-table (the profile's tables, found by title).
 */
import { PROFILES, tableDef } from '../../catalog/tables/index.ts';
import type { ProfileDef } from '../../catalog/tables/types.ts';
import type { Facts } from '../facts/types.ts';
import type { AuditFinding } from './types.ts';

const PARTS: Readonly<Record<ProfileDef['parts'][number], { title: string; re: RegExp }>> = {
  overview: { title: '部门（单位）概况', re: /(部门|单位)概况/ },
  explanation: { title: '决算情况说明', re: /决算情况说明/ },
  glossary: { title: '名词解释', re: /名词解释/ },
  attachments: { title: '附件', re: /附件/ },
  tables: { title: '附表', re: /附表|决算报表|公开表/ },
};

const SECTIONS: readonly { title: string; re: RegExp }[] = [
  { title: '收入支出决算总体情况说明', re: /收入支出决算总体情况/ },
  { title: '收入决算情况说明', re: /^\S{0,4}收入决算情况/ },
  { title: '支出决算情况说明', re: /^\S{0,4}支出决算情况/ },
  { title: '财政拨款收入支出决算总体情况说明', re: /财政拨款收入支出决算总体情况/ },
  { title: '一般公共预算财政拨款支出决算情况说明', re: /一般公共预算财政拨款支出决算情况/ },
  { title: '一般公共预算财政拨款基本支出决算情况说明', re: /基本支出决算情况/ },
  { title: '财政拨款“三公”经费支出决算情况说明', re: /三公.{0,2}经费/ },
  { title: '政府性基金预算支出决算情况说明', re: /政府性基金预算.{0,8}决算情况/ },
  { title: '国有资本经营预算支出决算情况说明', re: /国有资本经营预算.{0,8}决算情况/ },
  { title: '其他重要事项的情况说明', re: /其他重要事项/ },
];

const plain = (s: string) => s.replace(/[“”"'‘’\s]/g, '');

function titlesOf(profile: ProfileDef) {
  return profile.tables.map(({ table, title }) => {
    const def = tableDef(table);
    return {
      table,
      title: title ?? def.title,
      names: [title ?? def.title, def.title, ...def.aliases].map(plain),
    };
  });
}

/** The profile whose table titles the report uses (Sichuan-only tables decide), default sichuan-13. */
function profileOf(texts: readonly string[]): ProfileDef {
  const found = (names: readonly string[]) => texts.some((t) => names.some((n) => t.includes(n)));
  const sichuanOnly = titlesOf(PROFILES['sichuan-13']!).filter((t) =>
    ['T05', 'T07', 'T09'].includes(t.table),
  );
  if (sichuanOnly.some((t) => found(t.names))) return PROFILES['sichuan-13']!;
  const central = titlesOf(PROFILES['central-9']!).find((t) => t.table === 'T13')!;
  return texts.some((t) => t.includes(plain(central.title)))
    ? PROFILES['central-9']!
    : PROFILES['sichuan-13']!;
}

/** a.missing-part and a.missing-table. */
export function checkCompleteness(facts: Facts): AuditFinding[] {
  const lines = facts.doc.lines.map((l) => plain(l.text)).filter((t) => t.length <= 60);
  const texts = [...lines, ...facts.doc.tables.map((t) => plain(t.title ?? ''))];
  const profile = profileOf(texts);
  const out: AuditFinding[] = [];
  const missing = (title: string, severity: AuditFinding['severity']): AuditFinding => ({
    rule: 'a.missing-part',
    severity,
    locations: [{ field: facts.doc.file }],
    params: { title },
    evidence: [],
  });
  for (const part of profile.parts) {
    if (!lines.some((t) => PARTS[part].re.test(t))) out.push(missing(PARTS[part].title, 'error'));
  }
  if (lines.some((t) => PARTS.explanation.re.test(t))) {
    for (const s of SECTIONS)
      if (!lines.some((t) => s.re.test(t.replace(/^[一二三四五六七八九十\d]+[、.]/, ''))))
        out.push(missing(s.title, 'warning'));
  }
  for (const t of titlesOf(profile)) {
    if (texts.some((x) => t.names.some((n) => x.includes(n)))) continue;
    out.push({
      rule: 'a.missing-table',
      severity: 'error',
      locations: [{ field: facts.doc.file }],
      params: { title: t.title, table: t.table },
      evidence: [],
    });
  }
  return out;
}
