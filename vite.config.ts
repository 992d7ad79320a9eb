import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { appIcon } from './build/app-icon.ts';
import { policyMeta } from './build/csp.ts';
import { noEval } from './build/no-eval.ts';
import { phaserFlags, phaserTrim } from './build/phaser-trim.ts';
import { offlinePlugin } from './build/pwa.ts';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

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

/** Every built page carries the game's Content-Security-Policy (build/csp.ts); the dev server's pages do not (its client injects code). */
function pagePolicyMeta(): Plugin {
  return {
    name: 'page-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace(/(<meta charset="UTF-8" \/>)/i, `$1\n    ${policyMeta()}`),
    },
  };
}

// The Colyseus client and its schema decoder as ES modules: their `browser` entries are CommonJS
// and UMD builds, which the bundler cannot trim (the phone page would be far heavier).
const esmBuilds = [
  { find: /^colyseus\.js$/, replacement: here('./node_modules/colyseus.js/build/esm/index.mjs') },
  { find: /^@colyseus\/schema$/, replacement: here('./node_modules/@colyseus/schema/build/esm/index.mjs') },
].filter((alias) => existsSync(alias.replacement));

/**
 * The count screens' bench page (bench/election.html: frame rates, and the browser tests of the
 * count screens) is a developer's tool: built only when the bench asks for it
 * (`CRUSTACES_BENCH=1`, set by scripts/serve-build.ts for `serveBuild({ bench: true })`), never
 * shipped in the game's build. `npm run dev` serves it at /bench/election.html either way.
 */
const withBench = process.env.CRUSTACES_BENCH === '1';

/** src/guard.ts and everything it imports (a browser test checks the card shows when Phaser's chunk throws). */
const GUARD_MODULES = [
  '/src/guard.ts',
  '/src/game/ui/error-card.ts',
  '/src/game/flow/peek.ts',
  '/src/game/ui/display.ts',
  '/src/present/display.ts',
  '/src/game/ui/theme.ts',
  '/src/game/keys.ts',
  '/src/i18n/format.ts',
  '/src/i18n/translate.ts',
  '/src/i18n/first-screen.ts',
  '/src/i18n/messages/table.ts',
  '/src/i18n/messages/safety.ts',
  '/src/i18n/messages/game.ts',
  '/src/i18n/messages/chapter-file.ts',
];

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
  plugins: [phaserTrim(), noEval(), appIcon(), offlinePlugin(), phonePage(), pagePolicyMeta()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rollupOptions: {
      input: {
        main: here('./index.html'),
        vote: here('./vote.html'),
        ...(withBench ? { bench: here('./bench/election.html') } : {}),
      },
      // Phaser in a chunk of its own, named, so that the bench can tell the engine from the game.
      // The error card's listener (src/guard.ts and the few modules it needs, none importing Phaser)
      // in a chunk of its own, imported first: it runs before Phaser's chunk is evaluated.
      output: {
        manualChunks: (id: string) =>
          id.includes('/node_modules/phaser/') || id.includes('/src/game/phaser/')
            ? 'phaser'
            : GUARD_MODULES.some((m) => id.endsWith(m))
              ? 'guard'
              : undefined,
      },
    },
  },
});
