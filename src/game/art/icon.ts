/**
 * The game's icon (browser tab, installed app): Nacre, the player's hermit crab, in the
 * colours of the cast file, on the cove's deep blue with a ring of sand. Drawn by our code like
 * the rest of the art; written into the build as icon.svg (build/app-icon.ts).
 */
import { crustaceanSvg } from './characters/character.ts';

export function appIconSvg(): string {
  // The character's own <svg>, nested: it keeps its viewBox and its gradients' ids.
  const nacre = crustaceanSvg({
    species: 'hermit-crab',
    palette: ['#f4efe6', '#2a9d8f'],
    accessory: 'backpack',
    expression: 'happy',
  })
    .replace(/^<svg ([^>]*?)\s*width="[\d.]+"\s+height="[\d.]+"/, '<svg $1')
    .replace(/^<svg /, '<svg x="72" y="78" width="368" height="368" ');
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">',
    '<rect width="512" height="512" rx="112" fill="#12324a"/>',
    '<circle cx="256" cy="268" r="200" fill="#f2d8a7"/>',
    '<circle cx="256" cy="268" r="200" fill="none" stroke="#e9c46a" stroke-width="14"/>',
    nacre,
    '</svg>',
  ].join('');
}
