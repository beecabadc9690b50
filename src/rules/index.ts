export * from './compare.ts';
export * from './define.ts';
export * from './engine.ts';
export * from './format.ts';
export * from './registry.ts';
export * from './types.ts';
