export { buildOverview } from './build.ts';
export { budgetUnits, dateText, orgWord, staffRuns, unitBlocks } from './entity-text.ts';
export { isTitle, leadingNumber, splitHeading, stripNumbering } from './numbering-lines.ts';
export { type StructuredTextOptions, structuredText, textLines } from './structured-text.ts';
