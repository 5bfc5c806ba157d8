/**
 * h5 only: writes a brotli copy (`<file>.br`) beside each script and style of the build; the
 * server sends it to browsers that take brotli (server/src/core/static-cache.ts). Compressed once
 * here at the highest level rather than at each request: about a fifth smaller than gzip.
 */
const zlib = require('zlib');
const { Compilation, sources } = require('webpack');

class BrotliPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('BrotliPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        // After minification and content hashing, as compression plugins do.
        { name: 'BrotliPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (!/\.(js|css)$/.test(name)) continue;
            const input = Buffer.from(assets[name].source());
            if (input.length < 1024) continue;
            const output = zlib.brotliCompressSync(input, {
              params: {
                [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
                [zlib.constants.BROTLI_PARAM_SIZE_HINT]: input.length,
              },
            });
            compilation.emitAsset(`${name}.br`, new sources.RawSource(output));
          }
        },
      );
    });
  }
}

module.exports = { BrotliPlugin };
