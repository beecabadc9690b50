/**
 * @module The charts' restrained official look: palette, font stack and text colours.
 */

/** Font stack for every chart text; single quotes only (the SVG writer puts it in a double-quoted attribute). */
export const CHART_FONT_FAMILY = "'Noto Sans SC', 'Source Han Sans SC', 'Microsoft YaHei', sans-serif";

/** Series / slice colours in order: deep red first, then slate and blue-greys, muted gold; no rainbow. */
export const CHART_COLORS: readonly string[] = [
  '#9b1c1c', // deep red (primary)
  '#4a5b70', // slate
  '#b8954a', // muted gold
  '#8a9bb0', // blue-grey
  '#6e3b33', // dark brick
  '#cdb887', // pale gold
  '#5f7d8e', // steel blue-grey
  '#b9bec6', // light grey
];

/** Main text colour (labels). */
export const TEXT_COLOR = '#333333';
/** Secondary text colour (axis labels, axis name). */
export const MUTED_TEXT_COLOR = '#595959';
/** Axis line colour. */
export const AXIS_COLOR = '#8c8c8c';
/** Split line colour. */
export const GRID_LINE_COLOR = '#e3e3e3';
/** Background. */
export const BACKGROUND = '#ffffff';
