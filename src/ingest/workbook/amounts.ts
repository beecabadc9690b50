/**
 * @module A cell as an amount in fen: blank (empty, '-', '—', '/') is null and never 0; '0' and '0.00'
 * are zero; numbers are read back as the decimal they were typed as (Excel keeps 15 significant
 * digits, so binary noise such as 651.0400000000001 is dropped first); text is parsed exactly
 * (thousands separators, full-width digits, (1.00) for negatives). Anything else is an ImportError
 * naming the cell.
 */
import { type Fen, isBlankCell, parseAmount, type Unit } from '../../money/index.ts';
import { ImportError } from './errors.ts';
import type { CellValue } from './grid.ts';

/** Expands an exponent form ('1e-7', '1.5e+21') into a plain decimal string. */
function expandExponent(text: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]?\d+)$/i.exec(text);
  if (!m) return text;
  const [, sign, int = '', frac = '', expText = '0'] = m;
  const exp = Number(expText);
  const digits = int + frac;
  const point = int.length + exp;
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** The decimal a number cell holds, as Excel shows it at full precision (15 significant digits). */
export function numberToDecimal(value: number): string | undefined {
  if (!Number.isFinite(value)) return undefined;
  if (value === 0) return '0';
  return expandExponent(String(Number(value.toPrecision(15))));
}

const UNIT_NAME: Readonly<Record<Unit, string>> = { yuan: '元', wanYuan: '万元' };

/** The amount of a cell in fen, null when blank; throws an ImportError for anything else. */
export function amountOf(
  cell: CellValue | undefined,
  unit: Unit,
  place: { file: string; sheet?: string; cell?: string },
): Fen | null {
  if (cell === undefined) return null;
  let text: string;
  switch (cell.kind) {
    case 'text':
      if (isBlankCell(cell.text)) return null;
      text = cell.text;
      break;
    case 'number': {
      const d = numberToDecimal(cell.value);
      if (d === undefined) throw new ImportError(place, '数值无效（不是有限的数）');
      text = d;
      break;
    }
    case 'formula':
      throw new ImportError(
        place,
        `公式“=${cell.formula}”没有计算结果（文件保存时未计算）；请在 Excel 中打开、重新计算并保存，或将公式粘贴为数值后再导入`,
      );
    case 'error':
      throw new ImportError(place, `单元格是错误值“${cell.text}”，不是金额`);
    case 'date':
      throw new ImportError(place, '单元格是日期，不是金额');
    case 'bool':
      throw new ImportError(place, '单元格是逻辑值（TRUE/FALSE），不是金额');
  }
  const r = parseAmount(text, unit);
  if (r.ok) return r.value;
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  switch (r.error.code) {
    case 'too-many-decimals':
      throw new ImportError(
        place,
        `金额“${shown}”的小数位数过多（单位为${UNIT_NAME[unit]}时最多${unit === 'yuan' ? 2 : 6}位，即精确到分）`,
      );
    case 'out-of-range':
      throw new ImportError(place, `金额“${shown}”过大`);
    default:
      throw new ImportError(place, `“${shown}”不是金额（应为数字，空白表示未填）`);
  }
}
