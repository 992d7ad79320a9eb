/**
 * Characters of a scenario as textures: a portrait in a mood (the art catalogue draws every
 * species × expression × palette) and a standing figure for the scene behind the dialogue.
 */
import { characterTexture, type Expression } from '../art/index.ts';
import type { ScenarioData } from '../../scenario/schema.ts';
import type { SvgArt } from './art-loader.ts';

export const PORTRAIT_SIZE = 300;
export const STANDING_SIZE = 190;

type CastMember = ScenarioData['cast'][number];

/** The texture of a cast member in a mood (the neutral one when the look lacks that mood). */
export function characterArt(member: CastMember, mood: Expression = 'neutral', size = STANDING_SIZE): SvgArt {
  const expression = member.look.expressions.includes(mood) || mood === 'neutral' ? mood : 'neutral';
  const entry = characterTexture(
    { species: member.species, palette: member.look.colours, expression, accessory: member.look.accessory },
    size,
  );
  return { key: entry.key, width: size, height: size, svg: entry.svg };
}

export function castMember(scenario: ScenarioData, id: string | undefined): CastMember | undefined {
  return id === undefined ? undefined : scenario.cast.find((c) => c.id === id);
}

/** The player's character: Nacre by the campaign's convention, else the first hermit crab. */
export function playerMember(scenario: ScenarioData): CastMember | undefined {
  return scenario.cast.find((c) => c.id === 'nacre') ?? scenario.cast.find((c) => c.species === 'hermit-crab');
}
