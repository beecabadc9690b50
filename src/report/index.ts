export * from './anchors.ts';
export * from './numbering.ts';
export * from './plain-text.ts';
export * from './todo.ts';
export * from './types.ts';
