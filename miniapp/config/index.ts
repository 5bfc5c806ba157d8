import fs from 'fs';
import path from 'path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import webpack from 'webpack';
import type Chain from 'webpack-chain';
import { CONSUMER_API } from '@recall/shared/dist/api/consumerRoutes';
import { MAIN_PAGES, PAGES } from '@recall/shared/dist/pages';
import devConfig from './dev';
import { BrotliPlugin } from './h5-brotli';
import { CompileHintsPlugin } from './h5-compile-hints';
import { RoutePreloadPlugin } from './h5-route-preload';
import prodConfig from './prod';

/**
 * API base URL baked into the bundle. The h5 build is served by the API server itself, so it
 * talks to the same origin (''); the weapp build needs an absolute URL (a local server by default).
 * Override with TARO_APP_API_BASE at build time.
 */
function apiBase(): string {
  const fromEnv = process.env.TARO_APP_API_BASE;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv.replace(/\/+$/, '');
  return process.env.TARO_ENV === 'h5' ? '' : 'http://localhost:7001';
}

/**
 * Dependencies shipped as modern JavaScript (`??`, `?.`, classes) that Taro does not transpile:
 * zod (CommonJS `.cjs` files) and @recall/shared (`shared/dist`, compiled for Node). The
 * browserslist of this package includes Android 5 and iOS 10 WebViews, and WeChat DevTools
 * is set not to transpile (project.config.json), so they go through Babel like our own code.
 */
const MODERN_DEPS = /[\\/]node_modules[\\/]zod[\\/].*\.c?js$|[\\/]shared[\\/]dist[\\/].*\.js$/;

/**
 * @recall/shared as ES modules (shared/dist/esm, built next to the CommonJS dist the server uses),
 * so webpack keeps only what the app imports: the working-day calendar (chinese-days), the
 * province profiles and the server-only schemas stay out of the bundle. shared/package.json lists
 * its side effects (the index sets zod's Chinese messages).
 */
const SHARED_ESM = path.resolve(__dirname, '../../shared/dist/esm/index.js');
const SHARED_STAFF_ESM = path.resolve(__dirname, '../../shared/dist/esm/staff.js');
/** Schemas built at their first use rather than at start (shared/src/schemas/lazyProxy.ts). */
const SHARED_LAZY_PROXY = path.resolve(__dirname, '../../shared/dist/esm/schemas/lazyProxy.js');

/**
 * Bundle adjustments shared by both builds. zod's locale bundle (about 400 KB, ~50 languages)
 * would otherwise ship whole: it is replaced by a module with the two locales the app uses, one
 * for zod's ES build and one for its CommonJS build.
 */
function bundleTweaks(chain: Chain): void {
  chain.resolve.alias.set('@recall/shared$', SHARED_ESM);
  // Staff routes: only the staff subpackages import this entry (see shared/src/staff.ts).
  chain.resolve.alias.set('@recall/shared/staff$', SHARED_STAFF_ESM);
  chain
    .plugin('shared-lazy-schemas')
    .use(webpack.NormalModuleReplacementPlugin, [
      /[\\/]shared[\\/]dist[\\/]esm[\\/]schemas[\\/]lazy\.js$/,
      SHARED_LAZY_PROXY,
    ]);
  chain.module
    .rule('modern-deps')
    .test(MODERN_DEPS)
    .use('babel')
    .loader(require.resolve('babel-loader'))
    .options({ compact: false });
  chain
    .plugin('zod-locales-stub')
    .use(webpack.NormalModuleReplacementPlugin, [
      /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/,
      path.resolve(__dirname, '../shims/zod-locales.mjs'),
    ]);
  chain
    .plugin('zod-locales-stub-cjs')
    .use(webpack.NormalModuleReplacementPlugin, [
      /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.cjs$/,
      path.resolve(__dirname, '../shims/zod-locales.js'),
    ]);
  statsPlugin(chain);
}

/**
 * RECALL_STATS=/path.json writes each chunk's files and modules (source size, largest first)
 * there, to see what fills a package.
 */
function statsPlugin(chain: Chain): void {
  const env = process.env.RECALL_STATS;
  if (!env) return;
  const out: string = env;
  class WriteStats {
    apply(compiler: webpack.Compiler) {
      compiler.hooks.done.tap('WriteStats', ({ compilation }) => {
        const { chunkGraph } = compilation;
        const chunks = [...compilation.chunks].map((chunk) => ({
          name: chunk.name ?? String(chunk.id),
          files: [...chunk.files],
          modules: chunkGraph
            .getChunkModules(chunk)
            .map((m) => ({ name: m.readableIdentifier(compilation.requestShortener), size: m.size() }))
            .sort((a, b) => b.size - a.size),
        }));
        fs.writeFileSync(out, JSON.stringify({ chunks }));
      });
    }
  }
  chain.plugin('recall-stats').use(WriteStats);
}

/** Local PostCSS plugin (path relative to miniapp/): font sizes follow the large-text mode. */
const TEXT_SCALE = './config/postcss-text-scale.js';

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'recall-miniapp',
    date: '2025-1-1',
    designWidth: 750,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2,
    },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    // WeChat's screen reader: aria-role / aria-label / aria-hidden on view, text and image.
    plugins: [path.resolve(__dirname, 'weapp-aria.js')],
    defineConstants: {
      API_BASE: JSON.stringify(apiBase()),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        [TEXT_SCALE]: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      // Source maps would double the package size; the weapp build stays small.
      enableSourceMap: false,
      // Component styles use their own class prefixes, so the order pages import them in does not
      // matter (as on h5); without this, pages importing components in different orders only warn.
      miniCssExtractPluginOption: { ignoreOrder: true },
      webpackChain(chain) {
        bundleTweaks(chain);
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[hash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      webpackChain(chain) {
        bundleTweaks(chain);
        // Taro splits only initial chunks on h5, so every lazily loaded page would carry its own copy
        // of zod, @recall/shared and the components. Split async chunks too.
        // Taro's minSize 0 left pages needing thirty-odd chunks of 1–3 KB each, several round trips on a
        // phone (six connections at a time); below 20 KB, shared code goes into each page's own chunk.
        chain.optimization.merge({
          splitChunks: {
            minSize: 20000,
            cacheGroups: { common: { chunks: 'all' }, vendors: { chunks: 'all' } },
          },
        });
        // Taro's previewImage (with its swiper) loads at the first tap, not with each page that shows photos.
        chain
          .plugin('preview-image-lazy')
          .use(webpack.NormalModuleReplacementPlugin, [
            /[\\/]taro-h5[\\/]dist[\\/]api[\\/]media[\\/]image[\\/]previewImage\.js$/,
            path.resolve(__dirname, '../shims/preview-image-lazy.js'),
          ]);
        // The page in the URL has its chunks preloaded by index.html itself (see h5-route-preload.js).
        // A shared recall link waits for that recall: its answer is fetched while the scripts load.
        const data = { [PAGES.recall]: apiBase() + CONSUMER_API.recalls.detail.path };
        chain.plugin('route-preload').use(RoutePreloadPlugin, [{ home: MAIN_PAGES[0], data }]);
        // Chromium compiles the scripts whole, off the main thread, as they stream in (h5-compile-hints.js).
        chain.plugin('compile-hints').use(CompileHintsPlugin);
        chain.plugin('brotli').use(BrotliPlugin);
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        [TEXT_SCALE]: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
    },
  };

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig);
  }
  return merge({}, baseConfig, prodConfig);
});
