/**
 * The example's report as another producer prints it: the DOCX converted to PDF by LibreOffice (justified
 * lines spread with spaces, per-cell rules, hanging punctuation). The clean report has no error and no
 * warning; defects in the text, in a table and in the numbering are found.
 */
import { SKIP_LIBREOFFICE } from '../../render/docx/testing.ts';
import { CASES, injectedTests } from './cases.testing.ts';

const NAMES = ['text vs table', 'shares swapped', 'numbering mixed'];

injectedTests(
  'lo.pdf',
  CASES.filter((c) => NAMES.includes(c.name)),
  SKIP_LIBREOFFICE,
);
