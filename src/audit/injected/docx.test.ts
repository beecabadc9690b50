/** Reports Juesuan generates from the example, written as DOCX with injected defects, audited from the file. */
import { injectedTests } from './cases.testing.ts';

injectedTests('docx');
