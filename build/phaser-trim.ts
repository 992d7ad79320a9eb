/**
 * The game's own Phaser build (src/game/phaser/phaser-custom.cjs lists the modules it uses):
 * the feature flags and the plugin that leaves out what Phaser's renderer requires up front but
 * the game never uses. vite.config.ts defines the flags and adds the plugin.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * Phaser's feature flags, as its own webpack build defines them (config/webpack.dist.config.js):
 * `typeof FLAG` is replaced by true or false, so the modules behind a false flag are dropped.
 * Both renderers stay: the game falls back to Canvas, and the bench compares the two.
 */
export const phaserFlags = {
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

export function phaserTrim(): Plugin {
  const stub = here('../src/game/phaser/missing-feature.cjs');
  const rendererEvents = here('../src/game/phaser/renderer-events.cjs');
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
