/**
 * The pictures a stretch of story needs (backgrounds of its places, the characters present, the
 * speakers in their moods), so that a scene loads them in one batch before it shows the lines.
 */
import { ArtKey, BACKGROUND_SIZE, BACKGROUNDS, backgroundSvg, type BackgroundName } from '../art/index.ts';
import type { Expression } from '../art/index.ts';
import type { ScenarioData } from '../../scenario/schema.ts';
import type { Entry } from '../../scenario/transcript.ts';
import type { SvgArt } from '../ui/art-loader.ts';
import { castMember, characterArt, PORTRAIT_SIZE, STANDING_SIZE } from '../ui/portrait.ts';
import { propArt } from '../ui/scene-props.ts';

export function isBackground(place: string | undefined): place is BackgroundName {
  return place !== undefined && (BACKGROUNDS as readonly string[]).includes(place);
}

/** A background drawn in its own 16:9 shape, large enough to cover a frame of this size. */
function backgroundArt(place: BackgroundName, width: number, height: number): SvgArt {
  const k = Math.max(width / BACKGROUND_SIZE.width, height / BACKGROUND_SIZE.height);
  return {
    key: ArtKey.background[place],
    width: Math.round(BACKGROUND_SIZE.width * k),
    height: Math.round(BACKGROUND_SIZE.height * k),
    svg: () => backgroundSvg(place),
  };
}

export function portraitArt(
  scenario: ScenarioData,
  speaker: string | undefined,
  mood: Expression = 'neutral',
): SvgArt | undefined {
  const member = castMember(scenario, speaker);
  return member ? characterArt(member, mood, PORTRAIT_SIZE) : undefined;
}

export function artForEntries(
  scenario: ScenarioData,
  entries: readonly Entry[],
  size: { width: number; height: number },
): SvgArt[] {
  const out: SvgArt[] = [];
  for (const e of entries) {
    if (e.type === 'move') {
      if (isBackground(e.place)) out.push(backgroundArt(e.place, size.width, size.height));
      out.push(...propArt(e.props));
      for (const id of e.present) {
        const member = castMember(scenario, id);
        if (member) out.push(characterArt(member, 'neutral', STANDING_SIZE));
      }
    } else if (e.type === 'say') {
      const art = portraitArt(scenario, e.speaker, (e.mood ?? 'neutral') as Expression);
      if (art) out.push(art);
    }
  }
  return out;
}
