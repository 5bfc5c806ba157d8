/**
 * h5 only: the page a link opens is known as soon as index.html arrives (it is in the URL's hash),
 * but Taro's router asks for that page's chunks only once app.js has downloaded and run, one more
 * round trip on a slow phone network. This plugin writes, into index.html, a small map from each
 * page path to the chunk files its `import()` loads, and a script that adds `<link rel="preload">`
 * for the current page's files at once. The router then finds them in the browser's cache.
 * Pages whose first screen waits for one public API answer (a recall, from a shared link) can have
 * that answer preloaded too (`data`): it is then on its way while the scripts download and run.
 */
const { Compilation, sources } = require('webpack');

class RoutePreloadPlugin {
  /**
   * @param {{ home: string, data?: Record<string, string> }} options home: the page shown at `/`
   * without a hash; data: page path → the API path (`/api/recalls/:id`, its `:name` filled from the
   * page's query) whose answer that page needs first.
   */
  constructor(options) {
    this.home = options.home;
    this.data = options.data;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('RoutePreloadPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        // After html-webpack-plugin has written index.html.
        { name: 'RoutePreloadPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const html = compilation.getAsset('index.html');
          if (!html) return;
          const files = [];
          const routes = {};
          for (const group of compilation.chunkGroups) {
            if (group.isInitial()) continue;
            // Taro's router imports each page by its path relative to src: "./pages/recall/index".
            const page = group.origins
              .map((o) => /^\.\/([\w-]+(?:\/[\w-]+)*\/index)$/.exec(o.request || ''))
              .find(Boolean);
            if (!page) continue;
            routes[page[1]] = group
              .getFiles()
              .filter((f) => /\.(js|css)$/.test(f))
              .map((f) => {
                if (!files.includes(f)) files.push(f);
                return files.indexOf(f);
              });
          }
          const publicPath = compilation.outputOptions.publicPath || '/';
          // ES5: it runs before anything else, on every browser the app supports.
          const script =
            `<script>!function(f,r){var p=(location.hash.replace(/^#\\/?/,"").split("?")[0])||${JSON.stringify(this.home)},` +
            `l=r[p]||[];for(var i=0;i<l.length;i++){var a=document.createElement("link"),u=f[l[i]];` +
            `a.rel="preload";a.as=/\\.css$/.test(u)?"style":"script";a.href=${JSON.stringify(publicPath)}+u;` +
            `document.head.appendChild(a)}}(${JSON.stringify(files)},${JSON.stringify(routes)})</script>`;
          const source = html.source.source().toString();
          const all = script + (this.data ? dataPreloadScript(this.data) : '');
          compilation.updateAsset('index.html', new sources.RawSource(source.replace('</title>', `</title>${all}`)));
        },
      );
    });
  }
}

/**
 * ES5, run at once: preloads (as `fetch`, which the app's request then reuses) the API answer the
 * opened page needs first, when every `:name` of its path is in the page's query.
 */
function dataPreloadScript(data) {
  return (
    `<script>!function(d){try{var h=location.hash.replace(/^#\\/?/,"").split("?"),t=d[h[0]],q={},ok=!!t;if(!ok)return;` +
    `(h[1]||"").split("&").forEach(function(s){var i=s.indexOf("=");if(i>0)q[decodeURIComponent(s.slice(0,i))]=decodeURIComponent(s.slice(i+1))});` +
    `var u=t.replace(/:(\\w+)/g,function(m,k){if(!q[k])ok=!1;return encodeURIComponent(q[k]||"")});if(!ok)return;` +
    `var a=document.createElement("link");a.rel="preload";a.as="fetch";a.crossOrigin="anonymous";a.href=u;` +
    `document.head.appendChild(a)}catch(e){}}(${JSON.stringify(data)})</script>`
  );
}

module.exports = { RoutePreloadPlugin };
