export * from './errors.ts';
export * from './open.ts';
export type * from './port.ts';
export * from './types.ts';
