export * from './definitions.ts';
export * from './profiles.ts';
export * from './types.ts';
