/**
 * The service worker's build settings (vite.config.ts adds this plugin). Everything the build
 * writes is precached — the title, every scene, every chapter (bundled as chunks), the sandbox,
 * the classroom tools, the fonts — so that after one visit the game plays with the network off.
 * `prompt`: a new version waits for the teacher's yes (src/game/classroom/offline.ts).
 */
import { VitePWA } from 'vite-plugin-pwa';
import type { PluginOption } from 'vite';

export function offlinePlugin(): PluginOption {
  return VitePWA({
    registerType: 'prompt',
    // Registered by our own code, after the first frame, and not under test automation.
    injectRegister: false,
    includeAssets: ['icon.svg'],
    manifest: {
      name: 'Démocratie et crustacés',
      short_name: 'Crustacés',
      description: 'Un jeu pour comprendre les modes de scrutin. A game about voting methods.',
      lang: 'fr',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#12324a',
      theme_color: '#12324a',
      // Drawn by our code (src/game/art/icon.ts); one SVG serves every size.
      icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,woff,woff2,json,webmanifest}'],
      // The frame-rate bench page is a developer's tool, not part of the game (built only for the
      // bench: vite.config.ts), and never cached even then; the phone's ballot page (vote.html and
      // its entry) is served by the room server at /vote/CODE, never from this cache, and is
      // useless without the network.
      globIgnores: ['bench/**', 'assets/bench-*', '**/node_modules/**', 'vote.html', 'assets/vote-*'],
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      navigateFallback: 'index.html',
      // Paths of the room server (docs/live-votes.md): the phone page, its look-ups, the matchmaker.
      // The game's worker must never answer them with the game's index.html.
      navigateFallbackDenylist: [/bench/, /\/vote(\/|$)/, /\/live\//, /\/matchmake\//],
      cleanupOutdatedCaches: true,
    },
  });
}
