/**
 * The things on a scene, as textures: the conch that serves as the cove's ballot box and the
 * pebbles that are its ballots (src/game/art/ui/conch.ts). The dialogue stands them on the sand;
 * the vote drops the pebbles into the conch (src/game/count/ballot-look.ts).
 */
import { ArtKey, conchSvg, pebbleSvg } from '../art/index.ts';
import type { ScenePropId } from '../../scenario/schema.ts';
import type { SvgArt } from './art-loader.ts';

export const CONCH_ART: SvgArt = { key: ArtKey.ui.conch, width: 256, height: 256, svg: () => conchSvg() };
export const CONCH_FULL_ART: SvgArt = {
  key: ArtKey.ui.conchFull,
  width: 256,
  height: 256,
  svg: () => conchSvg({ full: true }),
};
export const PEBBLE_ART: SvgArt = { key: ArtKey.ui.pebble, width: 120, height: 120, svg: () => pebbleSvg() };

/** The textures a scene's things need (lanterns are drawn, not textures). */
export function propArt(props: readonly ScenePropId[] | undefined): SvgArt[] {
  const out: SvgArt[] = [];
  if (props?.includes('conch')) out.push(CONCH_ART);
  if (props?.includes('pebbles')) out.push(PEBBLE_ART);
  return out;
}
