/**
 * h5 only: starts every script of the build with V8's compile hint `//# allFunctionsCalledOnLoad`
 * (Chrome 136+, https://v8.dev/blog/explicit-compile-hints; other browsers read it as a comment).
 * Without it V8 only pre-parses most functions while the script streams in and compiles each on the
 * main thread at its first call, which at start is nearly all of them (React, Taro, the page): in
 * a trace of the home page that lazy compiling was about a third of the main thread's script time.
 * With it they are compiled on a background thread during the download.
 */
const { Compilation, sources } = require('webpack');

const HINT = '//# allFunctionsCalledOnLoad\n';

class CompileHintsPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('CompileHintsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        // After terser (which drops comments), before content hashing and the brotli copies.
        { name: 'CompileHintsPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1 },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (name.endsWith('.js')) compilation.updateAsset(name, (s) => new sources.ConcatSource(HINT, s));
          }
        },
      );
    });
  }
}

module.exports = { CompileHintsPlugin };
