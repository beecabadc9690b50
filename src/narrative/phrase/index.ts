/** @module The phrase library of the 决算情况说明: amounts, changes, shares, budget comparisons, reasons. */
export * from './amount.ts';
export * from './budget.ts';
export * from './change.ts';
export * from './reason.ts';
export * from './runs.ts';
export * from './shares.ts';
