/** Exact money on integer 分 (fen): public API of the money module. */

export { isBlankCell } from './blank.ts';
export type { Change, Direction } from './change.ts';
export { changeBetween, completionRate } from './change.ts';
export { roundingEnvelope, withinEnvelope } from './envelope.ts';
export type { Fen } from './fen.ts';
export { absFen, addFen, fen, mulFenInt, negFen, subFen, sumFen, sumFenOrNull, ZERO } from './fen.ts';
export { formatWan, formatYuan } from './format.ts';
export type { MoneyParseError } from './parse.ts';
export { parseAmount } from './parse.ts';
export type { Hundredths } from './percent.ts';
export { formatPercent, parsePercent, percentOf } from './percent.ts';
export { roundFenTo, roundToWanCent } from './round.ts';
export { sharesIndependent, sharesLargestRemainder } from './shares.ts';
export type { Unit } from './units.ts';
export { FEN_PER_WAN, FEN_PER_YUAN, WAN_CENT_FEN } from './units.ts';
