export { buildAttachments } from './build.ts';
export { categoryParagraph, overallReport } from './overall.ts';
export { indicatorRows, perfTable, type SpanCell } from './perf-table.ts';
export { projectName, projectReport } from './project.ts';
