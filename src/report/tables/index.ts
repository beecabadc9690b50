export { buildTable, buildTables, datasetProfile, emptyStatement, tableNumber } from './build.ts';
