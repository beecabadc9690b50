/**
 * @module DOCX renderer: the report tree as a Word document with 公文 typography, a TOC field, repeated and
 * merged table headers, chart PNGs and page numbers.
 */

export { DOCX_CHART_SIZE } from './figure.ts';
export { type DocxAssets, type DocxOptions, renderDocx } from './render-docx.ts';
