/**
 * What the dialogue shows of a pending input and of an answered quiz or puzzle, in the words
 * of the scenario (ScenarioWords, the one class that says a scenario's names, ballots and
 * messages for the transcripts, the dialogue and the count).
 */
import type { Pending } from '../../scenario/runner.ts';
import { entryLines, type Entry } from '../../scenario/transcript.ts';
import type { ScenarioWords } from '../../scenario/words.ts';

interface InputView {
  readonly kind: Pending['kind'];
  readonly speaker?: string;
  readonly prompt: string;
  readonly options: readonly string[];
  /** Puzzles may be given up (answer 0). */
  readonly canGiveUp: boolean;
  /** A puzzle answered by changing ballots: played on the puzzle board, not in the text menu. */
  readonly needsEditor: boolean;
}

/** A pending input: its prompt, who asks, and what it offers in words. */
export function inputView(words: ScenarioWords, pending: Pending): InputView {
  const step = words.scenario.steps[pending.step];
  const options = pending.options.map((o) => words.label(o));
  const base = { kind: pending.kind, options, canGiveUp: false, needsEditor: false };
  switch (step.type) {
    case 'choice':
      return { ...base, speaker: step.speaker, prompt: words.text(step.prompt) };
    case 'quiz':
      return { ...base, speaker: step.speaker, prompt: words.text(step.question) };
    case 'puzzle':
      return {
        ...base,
        speaker: step.speaker,
        prompt: words.text(step.prompt),
        canGiveUp: true,
        needsEditor: options.length === 0,
      };
    case 'ballot':
      return { ...base, speaker: step.speaker, prompt: words.text(step.prompt) };
    case 'election':
      return { ...base, prompt: step.prompt ? words.text(step.prompt) : words.msg('scenario.input.method') };
    default:
      return { ...base, prompt: '' };
  }
}

/** The verdict of an answered quiz or puzzle, and whether it was right. */
export function verdict(
  words: ScenarioWords,
  entry: Extract<Entry, { type: 'quiz' } | { type: 'puzzle' }>,
): { right: boolean; lines: string[] } {
  if (entry.type === 'quiz') {
    const head = words.msg(entry.correct ? 'scenario.transcript.right' : 'scenario.transcript.wrong');
    return {
      right: entry.correct,
      lines: [entry.feedback ? `${head} ${words.text(entry.feedback, entry.vars)}` : head],
    };
  }
  // The verdict names its method mid-sentence: as a noun (« la méthode de Borda »), not a title.
  const params = Object.fromEntries(
    Object.entries(entry.params).map(([k, v]) => [
      k,
      k === 'method' && typeof v === 'string' ? words.methodInText(v) : words.localize(v, k),
    ]),
  );
  const head = entry.gaveUp
    ? ''
    : `${words.msg(entry.solved ? 'scenario.transcript.right' : 'scenario.transcript.wrong')} `;
  const lines = [`${head}${words.said({ key: entry.key, params })}`];
  if (!entry.solved && entry.attemptsLeft > 0) {
    lines.push(
      `${words.msg('scenario.transcript.attemptsLeft', { count: entry.attemptsLeft })}${entry.hint ? ` ${words.text(entry.hint)}` : ''}`,
    );
  }
  return { right: entry.solved, lines };
}

/** Who says the verdict of an answered quiz or puzzle: the speaker of its step, if it has one. */
export function verdictSpeaker(
  words: ScenarioWords,
  entry: Extract<Entry, { type: 'quiz' } | { type: 'puzzle' }>,
): string | undefined {
  const id = entry.type === 'quiz' ? entry.quiz : entry.puzzle;
  const step = words.scenario.steps.find((s) => (s.type === 'quiz' || s.type === 'puzzle') && s.id === id);
  return step && 'speaker' in step ? step.speaker : undefined;
}

/** Plain lines for an entry (what the transcript says, without its indent), for the beats a scene says as text. */
export function plainLines(words: ScenarioWords, entry: Entry): string[] {
  return entryLines(words, entry).map((l) => l.trim());
}
