import type { Compiler } from 'webpack';

/** Preloads the opened page's files from index.html (see h5-route-preload.js). */
export class RoutePreloadPlugin {
  constructor(options: { home: string; data?: Record<string, string> });
  apply(compiler: Compiler): void;
}
