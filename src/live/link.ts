/**
 * Links that open the host's screen of a live vote, for slides and for tests:
 *
 * - `#live`: the live vote this browser hosts (resumed), or a new one set up on the desk;
 * - `#live/new?q=QUESTION&options=A|B|C&kind=ranked|approval|grades&methods=ID,ID&mentions=X|Y|Z`:
 *   a new room set up that way (values URL-encoded; `kind` defaults to ranked, `methods` to
 *   the classroom's defaults, `mentions` — grades only, worst first — to the default names).
 *
 * Also the setup of a class election as a live setup (the desk and the lessons open rooms
 * with it). Pure: no DOM, no Phaser.
 */
import { t, type MessageKey } from '../i18n/index.ts';
import type { Lang } from '../i18n/format.ts';
import { defaultMethods, type ClassElection, type SetupProblem } from '../classroom/election.ts';
import { cleanSetup, MAX_MENTIONS, setupProblems } from './election.ts';
import { LIVE_KINDS, type LiveKind, type LiveSetup } from './protocol.ts';

/** The names a link may use. */
const LINK_PARAMS = ['q', 'options', 'kind', 'methods', 'mentions'] as const;

/** The number of default mentions: six grades, 0 to 5, as the classroom's grades. */
const DEFAULT_MENTION_COUNT = 6;
const MENTIONS = [
  'live.mention.0',
  'live.mention.1',
  'live.mention.2',
  'live.mention.3',
  'live.mention.4',
  'live.mention.5',
] as const satisfies readonly MessageKey[];

/** « À rejeter, Insuffisant, Passable, Assez bien, Bien, Très bien » / "Reject, Poor, Fair, Good, Very good, Excellent". */
export function defaultMentions(lang: Lang): string[] {
  return MENTIONS.slice(0, DEFAULT_MENTION_COUNT).map((key) => t(key, {}, lang));
}

/** `a=1&b=x+y` as URLSearchParams reads it (the first value of a name wins; a bad `%` escape stays as typed). */
function readQuery(query: string): { get(name: string): string | null; keys(): IterableIterator<string> } {
  const decode = (text: string): string => {
    const spaced = text.replace(/\+/g, ' ');
    try {
      return decodeURIComponent(spaced);
    } catch {
      return spaced;
    }
  };
  const values = new Map<string, string>();
  for (const part of query.replace(/^\?/, '').split('&')) {
    if (part === '') continue;
    const at = part.indexOf('=');
    const name = decode(at < 0 ? part : part.slice(0, at));
    if (!values.has(name)) values.set(name, at < 0 ? '' : decode(part.slice(at + 1)));
  }
  return { get: (name) => values.get(name) ?? null, keys: () => values.keys() };
}

/** The values of a list parameter, trimmed (a blank one stays, for the checks to name it). */
const list = (text: string | null, separator: string): string[] | undefined =>
  text === null ? undefined : text.trim() === '' ? [] : text.split(separator).map((s) => s.trim());

interface ReadLink {
  readonly setup?: LiveSetup;
  /** What is wrong, in the order to fix it; empty when `setup` is there. */
  readonly problems: readonly SetupProblem[];
}

/**
 * Reads the query of `#live/new?…` (`+` and `%20` are spaces, as in any form's address). The
 * setup goes through the same checks as the room server's (src/live/election.ts).
 */
export function readLiveLink(query: string, lang: Lang): ReadLink {
  const params = readQuery(query);
  const problems: SetupProblem[] = [];
  for (const name of params.keys()) {
    if (!(LINK_PARAMS as readonly string[]).includes(name))
      problems.push({ key: 'live.link.unknownParam', params: { name, known: LINK_PARAMS.join(', ') } });
  }
  const options = list(params.get('options'), '|') ?? [];
  if (options.length === 0) problems.push({ key: 'live.link.noOptions', params: {} });
  const kindText = (params.get('kind') ?? 'ranked').trim().toLowerCase();
  if (!(LIVE_KINDS as readonly string[]).includes(kindText))
    problems.push({ key: 'live.link.kind', params: { kind: kindText, kinds: LIVE_KINDS.join(', ') } });
  if (problems.length > 0) return { problems };
  const kind = kindText as LiveKind;
  const named = list(params.get('mentions'), '|');
  const mentions = kind === 'grades' ? (named ?? defaultMentions(lang)) : named;
  const scale = mentions && kind === 'grades' ? { min: 0, max: Math.max(1, mentions.length - 1) } : undefined;
  const methods =
    list(params.get('methods'), ',')?.filter((m) => m !== '') ?? defaultMethods(kind, options.length, scale);
  const setup = {
    question: (params.get('q') ?? '').trim(),
    options,
    kind,
    methods,
    ...(mentions !== undefined ? { mentions } : {}),
  } as LiveSetup;
  const found = setupProblems(setup);
  return found.length > 0 ? { problems: found } : { setup: cleanSetup(setup), problems: [] };
}

/** The link that opens a room set up this way (what `readLiveLink` reads back). */
export function liveLink(setup: LiveSetup): string {
  const enc = (s: string) => encodeURIComponent(s);
  const parts = [
    `q=${enc(setup.question)}`,
    `options=${setup.options.map(enc).join('|')}`,
    `kind=${setup.kind}`,
    `methods=${setup.methods.join(',')}`,
  ];
  if (setup.kind === 'grades' && setup.mentions) parts.push(`mentions=${setup.mentions.map(enc).join('|')}`);
  return `#live/new?${parts.join('&')}`;
}

/**
 * A class election as a live setup. Grades get names: the election's own, else the default
 * six for the classroom's 0–5 scale, else the grades' numbers.
 */
export function liveSetupOf(election: ClassElection, lang: Lang): LiveSetup {
  const base = {
    question: election.question,
    options: [...election.options],
    kind: election.kind,
    methods: [...election.methods],
  };
  if (election.kind !== 'grades') return base;
  const { min, max } = election.scale ?? { min: 0, max: DEFAULT_MENTION_COUNT - 1 };
  const count = max - min + 1;
  const mentions =
    election.mentions && election.mentions.length === count
      ? [...election.mentions]
      : count === DEFAULT_MENTION_COUNT
        ? defaultMentions(lang)
        : Array.from({ length: Math.min(count, MAX_MENTIONS) }, (_, i) => String(min + i));
  return { ...base, mentions };
}
