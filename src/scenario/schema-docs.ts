/**
 * What editors show about the scenario format, beside the zod schema that checks it: the
 * descriptions in one language per field (French in scenario.schema.json, English in
 * scenario.schema.en.json), the "exactly one of" rules as JSON Schema `oneOf` (zod's refinements
 * do not reach the generated schema), and completion snippets for steps (`defaultSnippets`,
 * read by VS Code and other editors built on its JSON language server).
 */

const english = new Map<string, string>();

/** A description written in both languages; the schema carries the French one, the English file maps it. */
export function say(fr: string, en: string): string {
  english.set(fr, en);
  return fr;
}

/** Replaces every description and title by its English text (a copy; anything unknown stays). */
export function inEnglish<T>(schema: T): T {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (typeof value !== 'object' || value === null) return value;
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      out[key] = (key === 'description' || key === 'title') && typeof v === 'string' ? (english.get(v) ?? v) : walk(v);
    }
    return out;
  };
  return walk(schema) as T;
}

/** `oneOf` branches that each require one of the keys: an editor then flags none or two. */
export function oneOfKeys(keys: readonly string[]): { required: string[] }[] {
  return keys.map((k) => ({ required: [k] }));
}

interface Snippet {
  readonly label: string;
  readonly description: string;
  readonly body: Record<string, unknown>;
}

/** One snippet per kind of step, with the fields a writer fills in first (`$1`… are the tab stops). */
export const STEP_SNIPPETS: readonly Snippet[] = [
  {
    label: 'say',
    description: say('Une réplique (ou une narration sans speaker)', 'A spoken line (or narration without a speaker)'),
    body: { type: 'say', speaker: '$1', text: '$2' },
  },
  {
    label: 'choice',
    description: say('Un choix du joueur', 'A choice for the player'),
    body: {
      type: 'choice',
      prompt: '$1',
      options: [
        { text: '$2', goto: '$3' },
        { text: '$4', goto: '$5' },
      ],
    },
  },
  {
    label: 'move',
    description: say('Aller dans un lieu, avec qui s’y trouve', 'Go to a place, with who is there'),
    body: { type: 'move', to: '$1', present: ['$2'] },
  },
  {
    label: 'set',
    description: say('Lever un drapeau ou changer une variable', 'Set a flag or change a variable'),
    body: { type: 'set', effects: [{ set: '$1' }] },
  },
  {
    label: 'election',
    description: say('Une élection comptée par une méthode', 'An election counted by one method'),
    body: { type: 'election', id: '$1', electorate: '$2', method: '${3:plurality}' },
  },
  {
    label: 'reveal',
    description: say('Montrer les bulletins d’une élection', 'Show the ballots of an election'),
    body: { type: 'reveal', election: '$1' },
  },
  {
    label: 'quiz',
    description: say('Une question à réponses', 'A question with answers'),
    body: {
      type: 'quiz',
      id: '$1',
      question: '$2',
      answers: [
        { text: '$3', correct: true },
        { text: '$4', correct: false },
      ],
    },
  },
  {
    label: 'puzzle',
    description: say('Une énigme : trouver la méthode qui fait gagner', 'A puzzle: find the method that elects'),
    body: {
      type: 'puzzle',
      id: '$1',
      prompt: '$2',
      goal: { kind: 'find-method', election: '$3', winner: '$4', methods: ['plurality', 'borda'] },
    },
  },
  {
    label: 'ballot',
    description: say('Le joueur remplit son propre bulletin', 'The player fills their own ballot'),
    body: { type: 'ballot', id: '$1', voter: '${2:nacre}', electorate: '$3', kind: '${4:ranked}', prompt: '$5' },
  },
  {
    label: 'branch',
    description: say('Aller ailleurs selon une condition', 'Go elsewhere depending on a condition'),
    body: { type: 'branch', cases: [{ if: { flag: '$1' }, goto: '$2' }], else: '$3' },
  },
  { label: 'goto', description: say('Sauter à une étape', 'Jump to a step'), body: { type: 'goto', to: '$1' } },
  {
    label: 'end',
    description: say('La fin du chapitre', 'The end of the chapter'),
    body: { type: 'end', ending: '$1', text: '$2' },
  },
];
