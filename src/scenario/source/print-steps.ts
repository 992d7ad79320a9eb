/**
 * The converter's story half: each step of a scenario JSON written as the source line(s) that
 * compile back to it (see steps.ts for the reading side).
 */
import type { ConditionInput, EffectData } from '../schema.ts';
import { printCondition, printEffects } from './conditions.ts';
import { moodWord } from './context.ts';
import type { Mood } from '../schema.ts';
import { BALLOT_ARGS, ELECTION_ARGS } from './steps.ts';

type Json = Record<string, unknown>;

export interface PrintContext {
  /** French text of a key, and the keys written so far (in order, for the English table). */
  readonly fr: (key: string) => string;
  readonly used: string[];
  /** A cast member's French name and gender, by id. */
  readonly speaker: (id: string) => { name: string; gender: 'il' | 'elle' } | undefined;
  /** Ids that jumps reach: a choice among them keeps its options sticky (`+`). */
  readonly targets: ReadonlySet<string>;
}

/** `text #line:key`, the key remembered for the English table. */
export function tagged(p: PrintContext, key: string): string {
  if (!p.used.includes(key)) p.used.push(key);
  return `${p.fr(key)} #line:${key}`;
}

const STEP_START =
  /^(\\|==|->|~|\*|\+|\{|\/\/|(move|scene|election|reveal|quiz|puzzle|choice|end|branch|place|option|group|electorate|text|expect|id|kind|chapter|coast|title|summary|credits|goal|duration|moment|question|space|axis|cast|flags|variables)\b)/;
const GLUED_COLON = /^[\p{L}\p{N}’'_-]+(?: [\p{L}\p{N}’'_-]+)?(?: \([^)]*\))?:(?=\s|$)/u;

/** A narration line, escaped with `\` when it would read as something else. */
function narration(text: string): string {
  return STEP_START.test(text) || GLUED_COLON.test(text) ? `\\${text}` : text;
}

function cond(c: unknown): string {
  return c === undefined ? '' : `{${printCondition(c as ConditionInput)}} `;
}

function list(values: unknown): string {
  return (values as string[]).join(',');
}

export function printStep(p: PrintContext, s: Json, previous: Json | undefined): string[] {
  const out: string[] = [];
  const ownsId = s.type === 'election' || s.type === 'quiz' || s.type === 'puzzle' || s.type === 'ballot';
  if (s.id !== undefined && !ownsId) out.push('', `== ${s.id}`);
  else if (s.type === 'move' && previous !== undefined) out.push(''); // a new scene
  const when = cond(s.if);
  const text = (key: unknown): string => (key === undefined ? '' : `: ${tagged(p, String(key))}`);
  switch (s.type) {
    case 'say': {
      const who =
        s.speaker === undefined
          ? undefined
          : (p.speaker(String(s.speaker)) ?? { name: String(s.speaker), gender: 'il' as const });
      const mood = s.mood === undefined ? '' : ` (${moodWord(s.mood as Mood, who?.gender ?? 'il')})`;
      if (who) out.push(`${when}${who.name}${mood}: ${tagged(p, String(s.text))}`);
      else out.push(`${when}${narration(tagged(p, String(s.text)))}`);
      break;
    }
    case 'choice': {
      const speaker = s.speaker === undefined ? '' : ` speaker=${s.speaker}`;
      if (s.prompt !== undefined || speaker !== '' || previous?.type === 'choice' || when !== '')
        out.push(`${when}choice${speaker}${text(s.prompt)}`);
      const sticky = typeof s.id === 'string' && p.targets.has(s.id);
      for (const o of s.options as Json[]) {
        const id = o.id === undefined ? '' : `(${o.id}) `;
        const effects = o.effects === undefined ? '' : ` ~ ${printEffects(o.effects as EffectData[])}`;
        const goto = o.goto === undefined ? '' : ` -> ${o.goto}`;
        const words = p.fr(String(o.text));
        tagged(p, String(o.text));
        out.push(`${sticky ? '+' : '*'} ${id}${cond(o.if)}${words}${effects}${goto} #line:${o.text}`);
      }
      break;
    }
    case 'move':
      out.push(
        `${when}move ${s.to}${s.present === undefined ? '' : ` with ${(s.present as string[]).join(', ')}`}`.trimEnd(),
      );
      if (s.time !== undefined || s.props !== undefined)
        out.push(
          `scene${s.time === undefined ? '' : ` time=${s.time}`}${s.props === undefined ? '' : ` props=${list(s.props)}`}`,
        );
      break;
    case 'set':
      out.push(`${when}~ ${printEffects(s.effects as EffectData[])}`);
      break;
    case 'goto':
      out.push(`${when}-> ${s.to}`);
      break;
    case 'end':
      out.push(`${when}end${s.ending === undefined ? '' : ` ending=${s.ending}`}${text(s.text)}`);
      break;
    case 'reveal':
      out.push(`${when}reveal ${s.election}${s.voters === undefined ? '' : ` voters=${list(s.voters)}`}`);
      break;
    case 'branch':
      out.push(`${when}branch`);
      for (const c of s.cases as Json[]) out.push(`  ${cond(c.if)}-> ${c.goto}`);
      if (s.else !== undefined) out.push(`  else -> ${s.else}`);
      break;
    case 'election': {
      const args: string[] = [];
      for (const k of [...ELECTION_ARGS, 'sincere', 'recount', 'recast']) {
        const v = s[k];
        if (v === undefined) continue;
        if (k === 'sincere' || k === 'recount' || k === 'recast') args.push(k);
        else if (k === 'tieBreak') {
          const t = v as { policy: string; seed?: string };
          args.push(`tieBreak=${t.policy}${t.seed === undefined ? '' : `,${t.seed}`}`);
        } else args.push(`${k}=${Array.isArray(v) ? list(v) : String(v)}`);
      }
      out.push(`${when}election ${s.id} ${args.join(' ')}`.trimEnd() + text(s.prompt));
      for (const st of (s.strata as Json[] | undefined) ?? [])
        out.push(`  stratum seats=${st.seats} members=${list(st.members)}: ${tagged(p, String(st.name))}`);
      break;
    }
    case 'quiz': {
      const speaker = s.speaker === undefined ? '' : ` speaker=${s.speaker}`;
      out.push(`${when}quiz ${s.id}${speaker}${s.retry ? ' retry' : ''}${text(s.question)}`);
      for (const a of s.answers as Json[]) {
        const mark = a.correct === true ? '+ ' : a.correct === false ? '- ' : cond(a.correct);
        out.push(`  ${mark}${tagged(p, String(a.text))}`);
        if (a.feedback !== undefined) out.push(`    > ${tagged(p, String(a.feedback))}`);
      }
      if (s.onCorrect !== undefined) out.push(`  on correct ~ ${printEffects(s.onCorrect as EffectData[])}`);
      if (s.onWrong !== undefined) out.push(`  on wrong ~ ${printEffects(s.onWrong as EffectData[])}`);
      break;
    }
    case 'puzzle': {
      const g = s.goal as Json;
      const args = Object.entries(g).map(([k, v]) => `${k}=${Array.isArray(v) ? list(v) : String(v)}`);
      if (s.attempts !== undefined) args.push(`attempts=${s.attempts}`);
      if (s.speaker !== undefined) args.push(`speaker=${s.speaker}`);
      out.push(`${when}puzzle ${s.id} ${args.join(' ')}${text(s.prompt)}`);
      if (s.hint !== undefined) out.push(`  hint: ${tagged(p, String(s.hint))}`);
      if (s.onSolved !== undefined) out.push(`  on solved ~ ${printEffects(s.onSolved as EffectData[])}`);
      if (s.onFailed !== undefined) out.push(`  on failed ~ ${printEffects(s.onFailed as EffectData[])}`);
      break;
    }
    case 'ballot': {
      const args = BALLOT_ARGS.filter((k) => s[k] !== undefined).map(
        (k) => `${k}=${Array.isArray(s[k]) ? list(s[k]) : String(s[k])}`,
      );
      out.push(`${when}ballot ${s.id} ${args.join(' ')}${text(s.prompt)}`);
      break;
    }
    default:
      out.push(`// unknown step ${JSON.stringify(s)}`);
  }
  return out;
}
