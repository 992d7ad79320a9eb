/**
 * The shared cast (scenarios/cast.txt): each character once, with its species, look and
 * personality; a chapter names who appears (`cast: nacre, homere`) and the compiler copies them.
 *
 *   character nacre hermit-crab il colours=#f4efe6,#2a9d8f accessory=backpack moods=neutral,happy home=beach: Nacre #line:cast.nacre.name
 *     about: Un bernard-l’ermite arrivé depuis peu, qui compte tout. #line:cast.nacre.about
 *
 * `il` or `elle` says which French form a mood takes on a spoken line (`(fier)`, `(fière)`).
 */
import type { ScenarioIssue } from '../issues.ts';
import { ACCESSORIES, ID_PATTERN, MOODS, SPECIES, type Mood, type Species } from '../schema.ts';
import { parseEnglish, type EnglishTable } from './english.ts';
import { directive, problemAt, sourceLines } from './lines.ts';

interface CastText {
  readonly key: string;
  readonly fr: string;
  readonly en?: string;
  readonly line: number;
  readonly column: number;
}

export interface CastMember {
  readonly id: string;
  readonly species: Species;
  readonly gender: 'il' | 'elle';
  readonly colours: readonly string[];
  readonly accessory: (typeof ACCESSORIES)[number];
  readonly moods: readonly Mood[];
  readonly home?: string;
  readonly name: CastText;
  readonly about?: CastText;
}

export interface Cast {
  readonly members: ReadonlyMap<string, CastMember>;
}

function text(
  key: string | undefined,
  fr: string,
  english: EnglishTable,
  line: number,
  column: number,
  fallback: string,
): CastText {
  const k = key ?? fallback;
  const en = english.entries.get(k)?.text;
  return { key: k, fr, ...(en !== undefined ? { en } : {}), line, column };
}

export function parseCast(source: string, englishSource?: string): { cast: Cast; problems: ScenarioIssue[] } {
  const problems: ScenarioIssue[] = [];
  const english = parseEnglish(englishSource ?? '', problems);
  const members = new Map<string, CastMember>();
  let last: { id: string; member: CastMember } | undefined;
  for (const l of sourceLines(source, problems)) {
    const d = directive(l.body, l.column);
    if ('error' in d) {
      problems.push(problemAt('chapterSource.syntax.brackets', l.line, d.error));
      continue;
    }
    const [head, ...args] = d.args;
    if (l.indent > 0 && head?.text === 'about' && d.text !== undefined && last) {
      const about = text(l.tag, d.text, english, l.line, d.textColumn, `cast.${last.id}.about`);
      last.member = { ...last.member, about };
      members.set(last.id, last.member);
      continue;
    }
    if (head?.text !== 'character' || d.text === undefined || d.text === '') {
      problems.push(problemAt('chapterSource.cast.line', l.line, l.column));
      continue;
    }
    const [idTok, speciesTok, genderTok, ...fields] = args;
    if (!idTok || !ID_PATTERN.test(idTok.text)) {
      problems.push(
        problemAt('chapterSource.id.invalid', l.line, idTok?.column ?? l.column, { id: idTok?.text ?? '' }),
      );
      continue;
    }
    if (members.has(idTok.text))
      problems.push(problemAt('chapterSource.cast.twice', l.line, idTok.column, { id: idTok.text }));
    if (!speciesTok || !(SPECIES as readonly string[]).includes(speciesTok.text)) {
      problems.push(
        problemAt('chapterSource.cast.species', l.line, speciesTok?.column ?? l.column, {
          value: speciesTok?.text ?? '',
          allowed: SPECIES.join(', '),
        }),
      );
      continue;
    }
    if (genderTok?.text !== 'il' && genderTok?.text !== 'elle') {
      problems.push(
        problemAt('chapterSource.cast.gender', l.line, genderTok?.column ?? l.column, { value: genderTok?.text ?? '' }),
      );
      continue;
    }
    const map = new Map(
      fields.map((f) => [
        f.text.split('=')[0] ?? '',
        { value: f.text.slice(f.text.indexOf('=') + 1), column: f.column, has: f.text.includes('=') },
      ]),
    );
    for (const f of fields) {
      const name = f.text.split('=')[0] ?? '';
      if (!f.text.includes('=') || !['colours', 'accessory', 'moods', 'home'].includes(name))
        problems.push(
          problemAt('chapterSource.arg.unknown', l.line, f.column, {
            arg: f.text,
            allowed: 'colours, accessory, moods, home',
          }),
        );
    }
    const colours = (map.get('colours')?.value ?? '').split(',').filter((c) => c !== '');
    const accessory = map.get('accessory')?.value ?? 'none';
    const moods = (map.get('moods')?.value ?? 'neutral').split(',');
    if (!(ACCESSORIES as readonly string[]).includes(accessory))
      problems.push(
        problemAt('chapterSource.cast.accessory', l.line, map.get('accessory')?.column ?? l.column, {
          value: accessory,
          allowed: ACCESSORIES.join(', '),
        }),
      );
    const badMood = moods.find((m) => !(MOODS as readonly string[]).includes(m));
    if (badMood !== undefined)
      problems.push(
        problemAt('chapterSource.mood.unknown', l.line, map.get('moods')?.column ?? l.column, {
          mood: badMood,
          allowed: MOODS.join(', '),
        }),
      );
    const home = map.get('home')?.value;
    const member: CastMember = {
      id: idTok.text,
      species: speciesTok.text as Species,
      gender: genderTok.text,
      colours,
      accessory: accessory as CastMember['accessory'],
      moods: moods as Mood[],
      ...(home !== undefined ? { home } : {}),
      name: text(l.tag, d.text, english, l.line, d.textColumn, `cast.${idTok.text}.name`),
    };
    members.set(idTok.text, member);
    last = { id: idTok.text, member };
  }
  return { cast: { members }, problems };
}
