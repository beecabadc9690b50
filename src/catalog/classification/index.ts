/** @module 政府收支分类科目 catalogue (支出功能分类, 支出经济分类) per year 2021–2025; see docs/catalog.md. */
export { catalogFor } from './catalog.ts';
export { levelOfCode, parentCode } from './codes.ts';
export { fullPathName } from './full-path.ts';
export { normaliseName } from './normalise.ts';
export type { Catalog, CatalogEntry, ClassificationKind, CodeLevel, NameCheck } from './types.ts';
export { catalogYears } from './years.ts';
