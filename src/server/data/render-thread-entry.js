// The render thread's entry: registers the TypeScript loader in this thread, then starts the handler.
import { register } from 'tsx/esm/api';

register();
await import('./render-thread-main.ts');
