/** Internal lexical analysis of printed decimal numbers (not re-exported). */

/** A decimal number split into sign and plain ASCII digit strings. */
export type DecimalParts = { negative: boolean; intDigits: string; fracDigits: string };

const FULL_WIDTH: Readonly<Record<string, string>> = {
  '０': '0',
  '１': '1',
  '２': '2',
  '３': '3',
  '４': '4',
  '５': '5',
  '６': '6',
  '７': '7',
  '８': '8',
  '９': '9',
  '．': '.',
  '，': ',',
  '＋': '+',
  '－': '-',
  '\u2212': '-',
  '（': '(',
  '）': ')',
  '％': '%',
};

/** Trims and maps full-width digits, punctuation and U+2212 to their ASCII forms. */
export function normalizeNumeric(text: string): string {
  return text.trim().replace(/[０-９．，＋－\u2212（）％]/g, (c) => FULL_WIDTH[c] ?? c);
}

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?`;
const SIGNED = new RegExp(`^([+-]?)${NUMBER}$`);
const PARENTHESIZED = new RegExp(String.raw`^\(\s*${NUMBER}\s*\)$`);

/** Splits a normalized decimal ("-1,234.5", "(1.00)") into parts, or null when malformed. */
export function splitDecimal(normalized: string): DecimalParts | null {
  const signed = SIGNED.exec(normalized);
  if (signed) {
    return {
      negative: signed[1] === '-',
      intDigits: (signed[2] ?? '').replaceAll(',', ''),
      fracDigits: signed[3] ?? '',
    };
  }
  const paren = PARENTHESIZED.exec(normalized);
  if (paren) {
    return { negative: true, intDigits: (paren[1] ?? '').replaceAll(',', ''), fracDigits: paren[2] ?? '' };
  }
  return null;
}

/**
 * Scales a decimal to an integer count of 10^-scale units.
 * Returns null when it has more than `scale` decimals and `round` is false; otherwise rounds half away from zero.
 */
export function scaleDecimal(parts: DecimalParts, scale: number, round: boolean): bigint | null {
  const { intDigits, fracDigits } = parts;
  let magnitude: bigint;
  if (fracDigits.length <= scale) {
    magnitude = BigInt(intDigits + fracDigits.padEnd(scale, '0'));
  } else {
    if (!round) return null;
    magnitude = BigInt(intDigits + fracDigits.slice(0, scale));
    // Half away from zero on the magnitude: the first dropped digit decides.
    if (fracDigits.charCodeAt(scale) >= '5'.charCodeAt(0)) magnitude += 1n;
  }
  return parts.negative ? -magnitude : magnitude;
}
