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
      // The frame-rate bench page is a developer's tool, not part of the game.
      globIgnores: ['**/bench*', '**/node_modules/**'],
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/bench/],
      cleanupOutdatedCaches: true,
    },
  });
}
