/** Reports Juesuan generates from the example, written as PDF with injected defects, audited from the file. */
import { injectedTests } from './cases.testing.ts';

injectedTests('pdf');
