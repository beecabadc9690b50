/** Reports Juesuan generates from the example, written as HTML with injected defects, audited from the file. */
import { injectedTests } from './cases.testing.ts';

injectedTests('html');
