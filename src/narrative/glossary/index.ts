export { buildGlossary, glossaryEntries } from './build.ts';
export { codeEntry, codePathName, glossaryCodes } from './codes.ts';
export { STANDARD_TERMS, type StandardTerm, termKey } from './standard.ts';
