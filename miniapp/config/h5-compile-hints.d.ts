import type { Compiler } from 'webpack';

/** Marks the h5 build's scripts for eager compilation in Chromium (see h5-compile-hints.js). */
export class CompileHintsPlugin {
  apply(compiler: Compiler): void;
}
