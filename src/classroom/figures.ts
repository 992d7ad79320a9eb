/**
 * Each method's own decisive figures, in words a class can check: two-round shows both rounds
 * (first choices, then the duel), instant runoff its final round (every round on demand),
 * the others their chart figure with its unit named — Copeland's wins minus losses, Schulze's
 * rivals beaten or tied on strongest paths — never a bare number. Pure: no DOM.
 */
import { t, type MessageKey } from '../i18n/index.ts';
import { formatNumber, type Lang } from '../i18n/format.ts';
import type { MethodId } from '../voting/method.ts';
import type { Result } from '../voting/result.ts';

export interface Figure {
  readonly option: string;
  readonly value: number;
}

/** A labelled row of figures: "Round 2 (duel): Sea 12 · Town 8". */
export interface Stage {
  readonly label: string;
  readonly figures: readonly Figure[];
}

/** A unit of classroom.unit.*. */
type Unit = UnitOf<MessageKey>;
type UnitOf<K> = K extends `classroom.unit.${infer U}` ? U : never;

/** The unit of the figure each method charts (messages classroom.unit.*). */
const UNITS: Partial<Record<MethodId, Unit>> = {
  plurality: 'firsts',
  'two-round': 'firsts',
  irv: 'firsts',
  coombs: 'lastPlaces',
  bucklin: 'firsts',
  borda: 'points',
  black: 'points',
  baldwin: 'points',
  nanson: 'points',
  'anti-plurality': 'lastPlaces',
  copeland: 'copeland',
  schulze: 'schulze',
  'condorcet-winner': 'beaten',
  minimax: 'minimax',
  'kemeny-young': 'kemeny',
  approval: 'approvals',
  score: 'sum',
  star: 'sum',
  'majority-judgment': 'median',
  // Several seats: lists and STV start from the first choices; a bloc vote gives a vote to each of a ballot's first choices, as many as seats.
  stv: 'firsts',
  dhondt: 'firsts',
  'sainte-lague': 'firsts',
  'largest-remainder': 'firsts',
  'french-municipal': 'firsts',
  'bloc-plurality': 'blocVotes',
  'bloc-approval': 'approvals',
};

export function unitOf(method: MethodId, lang: Lang, hands = false): string {
  if (hands) return t('classroom.unit.hands', {}, lang);
  return t(`classroom.unit.${UNITS[method] ?? 'figure'}`, {}, lang);
}

function sorted(record: Readonly<Record<string, unknown>>, name: (id: string) => string): Figure[] {
  return Object.entries(record)
    .filter((e): e is [string, number] => typeof e[1] === 'number')
    .map(([id, value]) => ({ option: name(id), value }))
    .sort((a, b) => b.value - a.value);
}

function stepsOf(result: Result, key: string): Record<string, unknown>[] {
  return result.steps.filter((s) => s.key === key).map((s) => s.params as Record<string, unknown>);
}

/** Every round of an instant-runoff count (from its explanation's `irv.round` steps). */
export function irvRounds(result: Result, name: (id: string) => string, lang: Lang): Stage[] {
  return stepsOf(result, 'irv.round').map((p) => ({
    label: t('classroom.stage.round', { round: Number(p.round) }, lang),
    figures: sorted((p.votes ?? {}) as Record<string, unknown>, name),
  }));
}

/**
 * The decisive figures of a counted method, as stages. `rounds`: instant runoff shows every
 * round instead of the final one.
 */
export function decisiveStages(result: Result, name: (id: string) => string, lang: Lang, rounds = false): Stage[] {
  const unit = unitOf(result.method, lang);
  if (result.method === 'two-round') {
    const first = stepsOf(result, 'two-round.firstRound')[0];
    const stages: Stage[] = first
      ? [
          {
            label: t('classroom.stage.firstRound', { unit }, lang),
            figures: sorted((first.votes ?? {}) as Record<string, unknown>, name),
          },
        ]
      : [];
    for (const duel of [...stepsOf(result, 'two-round.runoff'), ...stepsOf(result, 'two-round.runoffTie')]) {
      const figures = [
        { option: name(String(duel.a)), value: Number(duel.forA) },
        { option: name(String(duel.b)), value: Number(duel.forB) },
      ].sort((x, y) => y.value - x.value);
      stages.push({ label: t('classroom.stage.duel', {}, lang), figures });
    }
    return stages;
  }
  if (result.method === 'irv') {
    const all = irvRounds(result, name, lang);
    if (all.length > 0)
      return rounds
        ? all
        : [{ ...all[all.length - 1], label: t('classroom.stage.finalRound', { round: all.length }, lang) }];
  }
  return [{ label: capital(unit), figures: sorted(result.scores ?? {}, name) }];
}

/** A unit standing alone opens its line: "Points : …". */
export function capital(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** A stage in one line: "Round 2 (duel): Sea 12 · Town 8". */
export function stageText(stage: Stage, lang: Lang): string {
  return t(
    'classroom.stage.line',
    { label: stage.label, figures: stage.figures.map((f) => `${f.option} ${formatNumber(f.value, lang)}`).join(' · ') },
    lang,
  );
}
