/**
 * icon.svg (browser tab and installed app), drawn by the game's art code (src/game/art/icon.ts):
 * served in development, written by the build. vite.config.ts adds this plugin.
 */
import type { Plugin } from 'vite';
import { appIconSvg } from '../src/game/art/icon.ts';

export function appIcon(): Plugin {
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
