import type { Compiler } from 'webpack';

/** Writes a `.br` copy of each script and style of the h5 build (see h5-brotli.js). */
export class BrotliPlugin {
  apply(compiler: Compiler): void;
}
