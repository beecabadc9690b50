/**
 * @module Word's automatic numbering (numbering.xml) resolved into the numbers as printed: "一、",
 * "（一）", "1.", "（1）", "第一部分" … Counters run per abstract numbering in document order, a level
 * restarts when a higher level advances, and a numbering instance with a start override restarts its
 * list. Bullets print nothing (they are not numbers). Paragraph styles are read too: a heading style may
 * carry the numbering.
 */
import { child, childElements, childVal, type XmlElement } from './xml.ts';

type Level = {
  readonly start: number;
  readonly format: string;
  readonly text: string;
  readonly legal: boolean;
};
type Instance = {
  readonly abstractId: string;
  readonly levels: ReadonlyMap<number, Level>;
  readonly starts: ReadonlyMap<number, number>;
};

const CJK_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const LEGAL_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const HEAVENLY = '甲乙丙丁戊己庚辛壬癸';
const ZODIAC = '子丑寅卯辰巳午未申酉戌亥';
const ROMAN: readonly [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** A Chinese numeral: 1 一, 10 十, 12 十二, 20 二十, 105 一百零五 (digits from `digits`). */
export function chineseNumber(n: number, digits: readonly string[] = CJK_DIGITS, ten = '十'): string {
  if (n <= 0 || n >= 10000) return String(n);
  const units = ['', ten, '百', '千'];
  const parts = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  parts.forEach((d, i) => {
    const unit = units[parts.length - 1 - i]!;
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += digits[0];
    zero = false;
    out += n >= 10 && n < 20 && i === 0 && unit === ten ? unit : `${digits[d]}${unit}`;
  });
  return out;
}

function roman(n: number): string {
  let out = '';
  let rest = n;
  for (const [v, s] of ROMAN)
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  return out;
}

/** A counter value in a Word number format. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographDigital':
      return chineseNumber(n);
    case 'chineseLegalSimplified':
      return chineseNumber(n, LEGAL_DIGITS, '拾');
    case 'ideographTraditional':
      return HEAVENLY[(n - 1) % 10] ?? String(n);
    case 'ideographZodiac':
      return ZODIAC[(n - 1) % 12] ?? String(n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return String.fromCharCode(64 + ((n - 1) % 26) + 1).repeat(Math.floor((n - 1) / 26) + 1);
    case 'lowerLetter':
      return String.fromCharCode(96 + ((n - 1) % 26) + 1).repeat(Math.floor((n - 1) / 26) + 1);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2488 + n - 1) : `${n}.`;
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'none':
      return '';
    default:
      return String(n);
  }
}

function levelOf(lvl: XmlElement): Level {
  const start = Number.parseInt(childVal(lvl, 'start') ?? '1', 10);
  return {
    start: Number.isFinite(start) ? start : 1,
    format: childVal(lvl, 'numFmt') ?? 'decimal',
    text: childVal(lvl, 'lvlText') ?? '',
    legal: child(lvl, 'isLgl') !== undefined,
  };
}

function levels(parent: XmlElement): Map<number, Level> {
  const out = new Map<number, Level>();
  for (const lvl of childElements(parent, 'lvl')) out.set(Number(lvl.attrs['ilvl'] ?? 0), levelOf(lvl));
  return out;
}

/** A paragraph style: its name (lower case), parent style and the numbering it carries. */
export type Style = { name: string; basedOn?: string; numId?: string; ilvl?: number };

/** The paragraph styles of styles.xml by style id. */
export function stylesOf(root: XmlElement | undefined): Map<string, Style> {
  const out = new Map<string, Style>();
  for (const s of root ? childElements(root, 'style') : []) {
    const numPr = child(child(s, 'pPr'), 'numPr');
    const ilvl = childVal(numPr, 'ilvl');
    out.set(s.attrs['styleId'] ?? '', {
      name: (childVal(s, 'name') ?? '').toLowerCase(),
      ...(childVal(s, 'basedOn') === undefined ? {} : { basedOn: childVal(s, 'basedOn')! }),
      ...(childVal(numPr, 'numId') === undefined ? {} : { numId: childVal(numPr, 'numId')! }),
      ...(ilvl === undefined ? {} : { ilvl: Number(ilvl) }),
    });
  }
  return out;
}

/** Numbering of one document: call `label` for each numbered paragraph, in document order. */
export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly instances = new Map<string, Instance>();
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly started = new Set<string>();

  constructor(root: XmlElement | undefined) {
    if (!root) return;
    for (const a of childElements(root, 'abstractNum'))
      this.abstracts.set(a.attrs['abstractNumId'] ?? '', levels(a));
    for (const num of childElements(root, 'num')) {
      const own = new Map<number, Level>();
      const starts = new Map<number, number>();
      for (const o of childElements(num, 'lvlOverride')) {
        const ilvl = Number(o.attrs['ilvl'] ?? 0);
        const start = childVal(o, 'startOverride');
        if (start !== undefined) starts.set(ilvl, Number.parseInt(start, 10));
        const lvl = child(o, 'lvl');
        if (lvl) own.set(ilvl, levelOf(lvl));
      }
      this.instances.set(num.attrs['numId'] ?? '', {
        abstractId: childVal(num, 'abstractNumId') ?? '',
        levels: own,
        starts,
      });
    }
  }

  private level(inst: Instance, ilvl: number): Level | undefined {
    return inst.levels.get(ilvl) ?? this.abstracts.get(inst.abstractId)?.get(ilvl);
  }

  /** The printed number of the next paragraph of list `numId` at level `ilvl` ('' for bullets). */
  label(numId: string, ilvl: number): string {
    const inst = this.instances.get(numId);
    const level = inst && this.level(inst, ilvl);
    if (!inst || !level) return '';
    const counters = this.counters.get(inst.abstractId) ?? [];
    this.counters.set(inst.abstractId, counters);
    if (!this.started.has(numId)) {
      this.started.add(numId);
      for (const [l, start] of inst.starts) counters[l] = Number.isFinite(start) ? start - 1 : undefined;
    }
    counters[ilvl] = counters[ilvl] === undefined ? level.start : counters[ilvl]! + 1;
    counters.length = ilvl + 1;
    if (level.format === 'bullet') return '';
    return level.text.replace(/%(\d)/g, (_, d: string) => {
      const l = Number(d) - 1;
      const lv = this.level(inst, l);
      const value = counters[l] ?? lv?.start ?? 1;
      return formatNumber(value, level.legal ? 'decimal' : (lv?.format ?? 'decimal'));
    });
  }
}
