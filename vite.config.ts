import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { offlinePlugin } from './src/game/classroom/pwa-config.ts';
import { appIconSvg } from './src/game/art/icon.ts';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * Phaser's feature flags, as its own webpack build defines them (config/webpack.dist.config.js):
 * `typeof FLAG` is replaced by true or false, so the modules behind a false flag are dropped.
 * Both renderers stay: the game falls back to Canvas, and the bench compares the two.
 */
const phaserFlags = {
  'typeof WEBGL_RENDERER': 'true',
  'typeof CANVAS_RENDERER': 'true',
  'typeof WEBGL_DEBUG': 'false',
  'typeof FEATURE_SOUND': 'false',
  'typeof PLUGIN_CAMERA3D': 'false',
  'typeof PLUGIN_FBINSTANT': 'false',
};

/**
 * Phaser modules the game never uses but that Phaser's renderer requires up front: the filter
 * effects (and their shaders) except masks and the sampler, point lights, and tilemap layers
 * (tile sprites stay: the texture manager makes one at boot). Each is replaced by a stub that throws if it is ever constructed; the WebGL renderer
 * builds its render nodes on first use, so the stubs cost nothing until then.
 */
const PHASER_LEFT_OUT = new RegExp(
  [
    String.raw`renderNodes/filters/Filter(?!Mask|Sampler|s?$)\w+`,
    String.raw`src/filters/(?!Mask|Sampler|Controller|index)\w+`,
    String.raw`renderNodes/BatchHandlerPointLight$`,
    String.raw`renderNodes/submitter/(SubmitterTile|SubmitterTilemapGPULayer)$`,
    String.raw`renderNodes/transformer/TransformerTile$`,
  ].join('|'),
);

function phaserTrim(): Plugin {
  const stub = here('./src/game/phaser/missing-feature.cjs');
  const rendererEvents = here('./src/game/phaser/renderer-events.cjs');
  return {
    name: 'phaser-trim',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer?.includes('/node_modules/phaser/src/') || !source.startsWith('.')) return null;
      if (source === '../../../renderer' && importer.endsWith('/renderNodes/BatchHandler.js')) return rendererEvents;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved) return null;
      const path = resolved.id.replace(/\.js$/, '');
      return PHASER_LEFT_OUT.test(path) ? stub : null;
    },
  };
}

/** icon.svg (tab and installed app), drawn by our art code: served in development, written by the build. */
function appIcon(): Plugin {
  return {
    name: 'app-icon',
    configureServer(server) {
      server.middlewares.use('/icon.svg', (_req, res) => {
        res.setHeader('Content-Type', 'image/svg+xml');
        res.end(appIconSvg());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'icon.svg', source: appIconSvg() });
    },
  };
}

/**
 * The phone's ballot page (vote.html) is served by the room server at `/vote/CODE`, so its
 * addresses must start from the root: the build's `./assets/…` (base './') would be looked for
 * under /vote/. The built vote.html gets `/assets/…`; the game's pages keep their relative ones.
 * In development, `/vote/CODE` opens it too.
 */
function phonePage(): Plugin {
  return {
    name: 'phone-page',
    enforce: 'post',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        if (req.url && /^\/vote(\/|$)/.test(req.url)) req.url = '/vote.html';
        next();
      });
    },
    generateBundle(_options, bundle) {
      const page = bundle['vote.html'];
      if (page?.type !== 'asset') return;
      page.source = String(page.source)
        .replace(/(src|href)="\.\//g, '$1="/')
        // The game's web app manifest (added by the offline plugin) is not the phone page's.
        .replace(/\s*<link rel="manifest"[^>]*>/, '');
    },
  };
}

// The Colyseus client and its schema decoder as ES modules: their `browser` entries are CommonJS
// and UMD builds, which the bundler cannot trim (the phone page would be far heavier).
const esmBuilds = [
  { find: /^colyseus\.js$/, replacement: here('./node_modules/colyseus.js/build/esm/index.mjs') },
  { find: /^@colyseus\/schema$/, replacement: here('./node_modules/@colyseus/schema/build/esm/index.mjs') },
].filter((alias) => existsSync(alias.replacement));

// The count developer's frame-rate bench page, built only when it exists.
const benchPage = here('./bench/election.html');

// The game is served from its own origin only: no CDN, no analytics, no remote fonts.
export default defineConfig({
  base: './',
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  resolve: {
    alias: [
      { find: /^phaser$/, replacement: here('./src/game/phaser/phaser-custom.cjs') },
      // Phaser's package exports hide its sources: our build reaches them through this prefix.
      { find: /^phaser-src\//, replacement: `${here('./node_modules/phaser/src')}/` },
      ...esmBuilds,
    ],
  },
  define: phaserFlags,
  plugins: [phaserTrim(), appIcon(), offlinePlugin(), phonePage()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rollupOptions: {
      input: { main: here('./index.html'), vote: here('./vote.html'), ...(existsSync(benchPage) ? { bench: benchPage } : {}) },
      // Phaser in a chunk of its own, named, so that the bench can tell the engine from the game.
      output: { manualChunks: (id: string) => (id.includes('/node_modules/phaser/') || id.includes('/src/game/phaser/') ? 'phaser' : undefined) },
    },
  },
});
