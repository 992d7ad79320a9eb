/**
 * The converter, JSON → chapter source: the port of the shipped chapters was done with it,
 * mechanically, so that the compiled JSON equals the old one (source.test.ts checks it), and
 * the cast of every chapter gathered into one cast file.
 */
import type { Mood } from '../schema.ts';
import { printEnglish } from './english.ts';
import { printStep, tagged, type PrintContext } from './print-steps.ts';

type Json = Record<string, unknown>;

export interface CastEntry {
  readonly id: string;
  readonly name: string;
  readonly gender: 'il' | 'elle';
}

function jumpTargets(steps: readonly Json[]): Set<string> {
  const out = new Set<string>();
  for (const s of steps) {
    if (s.type === 'goto') out.add(String(s.to));
    if (s.type === 'branch') {
      for (const c of s.cases as Json[]) out.add(String(c.goto));
      if (s.else !== undefined) out.add(String(s.else));
    }
    if (s.type === 'choice') for (const o of s.options as Json[]) if (o.goto !== undefined) out.add(String(o.goto));
  }
  return out;
}

function ranking(r: unknown[]): string {
  return r.map((x) => (Array.isArray(x) ? x.join(' = ') : String(x))).join(' > ');
}

function preference(v: Json): string {
  let pref: string;
  if (v.ranking !== undefined)
    pref =
      (v.ranking as unknown[]).length > 0 && (v.ranking as unknown[]).every((x) => !Array.isArray(x) || x.length > 1)
        ? ranking(v.ranking as unknown[])
        : JSON.stringify({ ranking: v.ranking });
  else if (v.grades !== undefined)
    pref =
      Object.keys(v.grades as object).length > 0
        ? Object.entries(v.grades as Record<string, number>)
            .map(([k, g]) => `${k}=${g}`)
            .join(' ')
        : JSON.stringify({ grades: v.grades });
  else if (v.position !== undefined) pref = `at ${(v.position as number[]).join(' ')}`;
  else pref = `approves ${(v.approves as string[]).join(' ')}`.trimEnd();
  const s = v.strategy as { kind: string; target?: string; frontRunners?: string[] } | undefined;
  if (s)
    pref += ` | ${s.kind}${s.target ? ` ${s.target}` : ''}${s.frontRunners ? ` front=${s.frontRunners.join(',')}` : ''}`;
  return pref;
}

function expectation(x: Json): string {
  const parts = ['expect'];
  if (x.election !== undefined) parts.push(String(x.election));
  for (const [k, v] of Object.entries(x)) {
    if (k === 'election' || k === 'note') continue;
    if (k === 'sincere') parts.push('sincere');
    else if (v === null) parts.push(`${k}=none`);
    else if (Array.isArray(v)) parts.push(`${k}=${v.length === 0 ? 'none' : v.join(',')}`);
    else if (k === 'seats' && typeof v === 'object')
      parts.push(
        `seats=${Object.entries(v as Record<string, number>)
          .map(([o, n]) => `${o}:${n}`)
          .join(',')}`,
      );
    else if (typeof v === 'object') parts.push(`${k}=${JSON.stringify(v)}`);
    else parts.push(`${k}=${String(v)}`);
  }
  return parts.join(' ') + (x.note !== undefined ? ` // ${String(x.note)}` : '');
}

/** A scenario JSON as a chapter source and its English table. */
export function printChapter(doc: Json, cast: ReadonlyMap<string, CastEntry>): { source: string; english: string } {
  const texts = doc.texts as { fr: Record<string, string>; en: Record<string, string> };
  const steps = doc.steps as Json[];
  const p: PrintContext = {
    fr: (key) => texts.fr[key] ?? key,
    used: [],
    speaker: (id) => cast.get(id),
    targets: jumpTargets(steps),
  };
  const out: string[] = [
    `// ${texts.fr[String(doc.title)] ?? doc.id} — source of ${String(doc.id)}; the JSON beside it is compiled from it`,
  ];
  const value = (k: string, v: unknown): void => void (v !== undefined && out.push(`${k}: ${String(v)}`));
  const text = (k: string, key: unknown): void =>
    void (key !== undefined && out.push(`${k}: ${tagged(p, String(key))}`));
  value('id', doc.id);
  if (doc.kind === 'sandbox') value('kind', 'sandbox');
  value('chapter', doc.chapter);
  value('coast', doc.coast);
  text('title', doc.title);
  text('summary', doc.summary);
  text('credits', doc.credits);
  const teacher = doc.teacher as Json | undefined;
  if (teacher) {
    out.push('');
    text('goal', teacher.goal);
    value('duration', teacher.duration);
    text('moment', teacher.keyMoment);
    for (const q of (teacher.questions as string[] | undefined) ?? []) text('question', q);
  }
  const space = doc.space as Json | undefined;
  if (space) {
    value('space', space.dimensions);
    for (const a of space.axes as string[]) text('axis', a);
  }
  const castIds = ((doc.cast as Json[] | undefined) ?? []).map((c) => String(c.id));
  // The cast's own texts come from the cast file: they are not the chapter's to write.
  const castKeys = new Set(
    ((doc.cast as Json[] | undefined) ?? []).flatMap((c) => [String(c.name), String(c.personality)]),
  );
  p.used.push(...castKeys);
  out.push('');
  if (castIds.length > 0) value('cast', castIds.join(', '));
  const variables = doc.variables as Record<string, number> | undefined;
  if (variables && Object.keys(variables).length > 0)
    value(
      'variables',
      Object.entries(variables)
        .map(([k, n]) => `${k} = ${n}`)
        .join(', '),
    );
  if ((doc.flags as string[] | undefined)?.length) value('flags', (doc.flags as string[]).join(', '));
  for (const pl of (doc.places as Json[] | undefined) ?? []) {
    out.push(`place ${pl.id}: ${tagged(p, String(pl.name))}`);
    if (pl.description !== undefined) out.push(`  more: ${tagged(p, String(pl.description))}`);
  }
  out.push('');
  for (const o of doc.options as Json[]) {
    const at = o.position === undefined ? '' : ` at=${(o.position as number[]).join(',')}`;
    out.push(`option ${o.id}${at}${o.list ? ' list' : ''}: ${tagged(p, String(o.name))}`);
    if (o.description !== undefined) out.push(`  more: ${tagged(p, String(o.description))}`);
  }
  const groups = new Set<string>();
  for (const el of doc.electorates as Json[]) {
    out.push('');
    const members = (el.voters as Json[]).filter((v) => v.character === undefined);
    const shared =
      members.length >= 3 &&
      members.every((v) => v.label !== undefined && v.label === members[0]?.label && v.species === members[0]?.species)
        ? members[0]
        : undefined;
    const sharedId = `${String(el.id)}-voters`;
    if (shared)
      out.push(
        `group ${sharedId}${shared.species === undefined ? '' : ` ${shared.species}`}: ${tagged(p, String(shared.label))}`,
      );
    for (const v of shared ? [] : (el.voters as Json[])) {
      if (v.character !== undefined || groups.has(String(v.id)) || (v.label === undefined && v.species === undefined))
        continue;
      groups.add(String(v.id));
      out.push(
        `group ${v.id}${v.species === undefined ? '' : ` ${v.species}`}${v.label === undefined ? '' : `: ${tagged(p, String(v.label))}`}`,
      );
    }
    const args: string[] = [];
    const scale = el.gradeScale as { min: number; max: number; labels?: string[] } | undefined;
    if (scale) args.push(`scale=${scale.min}..${scale.max}`);
    if (el.approvalThreshold !== undefined) args.push(`threshold=${el.approvalThreshold}`);
    if (el.approvalRadius !== undefined) args.push(`radius=${el.approvalRadius}`);
    if (el.gradeBands !== undefined) args.push(`bands=${(el.gradeBands as number[]).join(',')}`);
    if (el.frontRunners !== undefined) args.push(`front=${(el.frontRunners as string[]).join(',')}`);
    if (shared) args.push(`groups=${sharedId}`);
    out.push(
      `electorate ${el.id}${args.map((a) => ` ${a}`).join('')}${el.label === undefined ? '' : `: ${tagged(p, String(el.label))}`}`,
    );
    scale?.labels?.forEach((key, i) => out.push(`  grade ${scale.min + i}: ${tagged(p, key)}`));
    const width = Math.max(
      ...(el.voters as Json[]).map(
        (v) =>
          String(v.id).length +
          (v.character !== undefined && v.count === undefined ? 0 : String(v.count ?? 1).length + 1),
      ),
    );
    for (const v of el.voters as Json[]) {
      const who = v.character !== undefined && v.count === undefined ? String(v.id) : `${String(v.count ?? 1)} ${v.id}`;
      out.push(`  ${`${who}:`.padEnd(width + 1)} ${preference(v)}`);
    }
  }
  out.push('');
  let previous: Json | undefined;
  for (const s of steps) {
    out.push(...printStep(p, s, previous));
    previous = s;
  }
  const expectations = (doc.expectations as Json[] | undefined) ?? [];
  if (expectations.length > 0) out.push('', ...expectations.map(expectation));
  const leftover = Object.keys(texts.fr).filter((k) => !p.used.includes(k));
  if (leftover.length > 0)
    out.push(
      '',
      '// Texts no step names (kept for the game or for later):',
      ...leftover.map((k) => `text: ${tagged(p, k)}`),
    );
  const source = out.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
  return {
    source,
    english: printEnglish(
      p.used.filter((k) => !castKeys.has(k)),
      texts.en,
    ),
  };
}

/** Genders for the French moods, guessed from a personality line and then checked by hand. */
function guessGender(about: string): 'il' | 'elle' {
  return /^(une|la|elle)\b/i.test(about) ||
    /\b(elle|cousine|grand-mère|chapelière|modiste|scientifique|conteuse)\b/i.test(about)
    ? 'elle'
    : 'il';
}

/** One cast file from every scenario's cast: first look and texts, moods gathered from all. */
export function printCast(docs: readonly Json[]): { source: string; english: string; entries: Map<string, CastEntry> } {
  const seen = new Map<string, { c: Json; texts: Json; moods: Mood[] }>();
  for (const doc of docs) {
    for (const c of (doc.cast as Json[] | undefined) ?? []) {
      const look = c.look as { expressions: Mood[] };
      const known = seen.get(String(c.id));
      if (known) {
        for (const m of look.expressions) if (!known.moods.includes(m)) known.moods.push(m);
      } else seen.set(String(c.id), { c, texts: doc.texts as Json, moods: [...look.expressions] });
    }
  }
  const lines = [
    '// The cast: every character once. A chapter says who appears (`cast: nacre, perle`).',
    '// il/elle: the French form of a mood on a spoken line, `(fier)` or `(fière)`.',
    '',
  ];
  const en: string[] = [];
  const entries = new Map<string, CastEntry>();
  for (const { c, texts, moods } of seen.values()) {
    const fr = texts.fr as Record<string, string>;
    const english = texts.en as Record<string, string>;
    const look = c.look as { colours: string[]; accessory?: string };
    const id = String(c.id);
    const about = fr[String(c.personality)] ?? '';
    const gender = guessGender(about);
    const name = fr[String(c.name)] ?? id;
    entries.set(id, { id, name, gender });
    const home = c.home === undefined ? '' : ` home=${c.home}`;
    lines.push(
      `character ${id} ${c.species} ${gender} colours=${look.colours.join(',')} accessory=${look.accessory ?? 'none'} moods=${moods.join(',')}${home}: ${name} #line:cast.${id}.name`,
    );
    lines.push(`  about: ${about} #line:cast.${id}.about`);
    en.push(
      `cast.${id}.name: ${english[String(c.name)] ?? name}`,
      `cast.${id}.about: ${english[String(c.personality)] ?? about}`,
    );
  }
  return { source: lines.join('\n') + '\n', english: en.join('\n') + '\n', entries };
}
