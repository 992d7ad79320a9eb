import { defineConfig } from 'vite';

// The game is served from its own origin only: no CDN, no analytics, no remote fonts.
export default defineConfig({
  base: './',
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
  },
});
