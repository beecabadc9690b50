/**
 * @module Font families of the HTML report. The embedded subsets (buildFontCss) take the real family names,
 * so the report text, and the chart SVGs that ask for "Noto Sans SC", use them; a reader's system fonts
 * follow in the stack for when no fonts are embedded.
 */

/** Family of the body text face (400 and 700 embedded). */
export const SERIF_FAMILY = 'Noto Serif SC';
/** Family of the headings, tables and captions face (400 and 700 embedded). */
export const SANS_FAMILY = 'Noto Sans SC';

/** Body text: Noto/Source Han Serif, then the Windows and macOS Song faces. */
export const SERIF_STACK = `"${SERIF_FAMILY}", "Source Han Serif SC", "SimSun", "Songti SC", serif`;
/** Headings and tables: Noto Sans SC, then the Windows and macOS UI faces. */
export const SANS_STACK = `"${SANS_FAMILY}", "Microsoft YaHei", "PingFang SC", sans-serif`;
