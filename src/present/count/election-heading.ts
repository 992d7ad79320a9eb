/**
 * The vote's heading: a name, never the question the story asks. A scenario's election prompt
 * is often "Name: what it is" ("Vote d'essai pour l'abri : un seul nom par galet."): the part
 * before the colon is the name, the rest is said below it. A prompt that asks something ("…,
 * ou STAR ?") or has no short name before a colon is said below the generic name ("Le vote").
 */
interface ElectionHeading {
  readonly title: string;
  /** The prompt's remaining words, shown under the title (empty when there is nothing more). */
  readonly detail: string;
}

/** A name is short: longer text before a colon is a sentence, not a name. */
const NAME_MAX = 48;

function capitalized(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

export function electionHeading(prompt: string, generic: string): ElectionHeading {
  const text = prompt.trim();
  if (text === '') return { title: generic, detail: '' };
  const question = /[?？]\s*$/.test(text);
  // French puts a (non-breaking) space before the colon, English does not.
  const colon = /[\s\u00a0\u202f]*:[\s\u00a0\u202f]+/.exec(text);
  const name = colon ? text.slice(0, colon.index).trim() : '';
  if (question || !colon || name.length === 0 || name.length > NAME_MAX || /[.!?]/.test(name))
    return { title: generic, detail: text };
  return { title: name, detail: capitalized(text.slice(colon.index + colon[0].length).trim()) };
}
