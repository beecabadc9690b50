import type { MessageCatalog } from '../types.ts';

export const ZH: MessageCatalog = {};
export const EN: MessageCatalog = {};
