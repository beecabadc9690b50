export * from './anchors.ts';
export * from './numbering.ts';
export * from './plain-text.ts';
export * from './types.ts';
