/** Units in which amounts are published and their size in fen. */

/** Publication unit: 元 (yuan) or 万元 (wanYuan). */
export type Unit = 'yuan' | 'wanYuan';

/** Fen in one 元. */
export const FEN_PER_YUAN = 100;

/** Fen in one 万元. */
export const FEN_PER_WAN = 1_000_000;

/** Fen in 0.01 万元, the usual published precision. */
export const WAN_CENT_FEN = 10_000;
