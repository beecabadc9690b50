export * from './convert.ts';
export * from './errors.ts';
export * from './json-schema.ts';
export * from './parse.ts';
export * from './schema.ts';
export * from './tables-in.ts';
export * from './types.ts';
export * from './views.ts';
