/**
 * The locale tables: French is the reference and English has exactly the same keys; every
 * text key the scenario uses exists; a text is plain text — anything that looks like HTML
 * markup or a script URL is refused, so that no future screen can be tricked into running it.
 * `{name}` in a text shows a variable's value, and must name a declared variable; `{games.first.tug}`
 * quotes a count's figure (figures.ts), checked against the elections.
 */
import { LANGS, type Lang } from '../i18n/format.ts';
import { issue, type ScenarioIssue } from './issues.ts';
import type { ScenarioData } from './schema.ts';
import { nameProblem, shownName, unsafeCharacter } from '../voting/names.ts';
import { figureProblem } from './figures.ts';

type Path = (string | number)[];

/** Every text key the scenario uses, with the path where it is used. */
function usedTextKeys(s: ScenarioData): { key: string; path: Path }[] {
  const out: { key: string; path: Path }[] = [];
  const use = (key: string | undefined, path: Path): void => {
    if (key !== undefined) out.push({ key, path });
  };
  use(s.title, ['title']);
  use(s.summary, ['summary']);
  use(s.credits, ['credits']);
  if (s.teacher) {
    use(s.teacher.goal, ['teacher', 'goal']);
    use(s.teacher.keyMoment, ['teacher', 'keyMoment']);
    s.teacher.questions.forEach((q, i) => use(q, ['teacher', 'questions', i]));
  }
  s.space?.axes.forEach((a, i) => use(a, ['space', 'axes', i]));
  s.places.forEach((p, i) => {
    use(p.name, ['places', i, 'name']);
    use(p.description, ['places', i, 'description']);
  });
  s.cast.forEach((c, i) => {
    use(c.name, ['cast', i, 'name']);
    use(c.personality, ['cast', i, 'personality']);
  });
  s.options.forEach((o, i) => {
    use(o.name, ['options', i, 'name']);
    use(o.description, ['options', i, 'description']);
  });
  s.electorates.forEach((e, i) => {
    use(e.label, ['electorates', i, 'label']);
    e.gradeScale?.labels?.forEach((l, k) => use(l, ['electorates', i, 'gradeScale', 'labels', k]));
    e.voters.forEach((v, k) => use(v.label, ['electorates', i, 'voters', k, 'label']));
  });
  s.steps.forEach((step, i) => {
    const at: Path = ['steps', i];
    switch (step.type) {
      case 'say':
        use(step.text, [...at, 'text']);
        break;
      case 'choice':
        use(step.prompt, [...at, 'prompt']);
        step.options.forEach((o, k) => use(o.text, [...at, 'options', k, 'text']));
        break;
      case 'election':
        use(step.prompt, [...at, 'prompt']);
        step.strata?.forEach((st, k) => use(st.name, [...at, 'strata', k, 'name']));
        break;
      case 'quiz':
        use(step.question, [...at, 'question']);
        step.answers.forEach((a, k) => {
          use(a.text, [...at, 'answers', k, 'text']);
          use(a.feedback, [...at, 'answers', k, 'feedback']);
        });
        break;
      case 'puzzle':
        use(step.prompt, [...at, 'prompt']);
        use(step.hint, [...at, 'hint']);
        break;
      case 'ballot':
        use(step.prompt, [...at, 'prompt']);
        break;
      case 'end':
        use(step.text, [...at, 'text']);
        break;
      default:
        break;
    }
  });
  return out;
}

/** Tags (`<b>`, `</p>`, `<!--`), script URLs and inline handlers: refused in any text. */
const MARKUP = /<\s*[A-Za-z!/?]|javascript\s*:|\bon[a-z]+\s*=/i;
const PARAM = /\{([\w.+-]+)(?:\|[^|}]*\|[^}]*)?\}/g;

/**
 * Where a text may quote a count's figures (figures.ts): a spoken or narrated line and a quiz
 * answer's feedback, the texts the runner shows with their values; the step that shows it.
 */
function figureSteps(s: ScenarioData): Map<string, number> {
  const at = new Map<string, number>();
  for (const { key, path } of usedTextKeys(s)) {
    const [root, index, field, , sub] = path;
    const step = root === 'steps' && typeof index === 'number' ? s.steps[index] : undefined;
    const shown = (step?.type === 'say' && field === 'text') || (step?.type === 'quiz' && sub === 'feedback');
    if (shown && typeof index === 'number') at.set(key, Math.min(at.get(key) ?? index, index));
  }
  return at;
}

export function checkTexts(s: ScenarioData): ScenarioIssue[] {
  const found: ScenarioIssue[] = [];
  const variables = new Set(Object.keys(s.variables));
  const tables: Record<Lang, Readonly<Record<string, string>>> = s.texts;
  for (const { key, path } of usedTextKeys(s)) {
    for (const lang of LANGS) {
      if (!Object.prototype.hasOwnProperty.call(tables[lang], key))
        found.push(issue('scenario.text.missing', path, { key, lang }));
    }
  }
  const [reference, other] = LANGS;
  for (const key of Object.keys(tables[reference])) {
    if (!Object.prototype.hasOwnProperty.call(tables[other], key))
      found.push(issue('scenario.text.onlyIn', ['texts', reference, key], { key, lang: reference, other }));
  }
  for (const key of Object.keys(tables[other])) {
    if (!Object.prototype.hasOwnProperty.call(tables[reference], key))
      found.push(issue('scenario.text.onlyIn', ['texts', other, key], { key, lang: other, other: reference }));
  }
  const used = new Set(usedTextKeys(s).map((u) => u.key));
  const figuresAt = figureSteps(s);
  for (const lang of LANGS) {
    for (const [key, text] of Object.entries(tables[lang])) {
      const path: Path = ['texts', lang, key];
      if (MARKUP.test(text)) found.push(issue('scenario.text.markup', path, { key }));
      // Control characters other than tab and newline, and the bidirectional overrides and
      // isolates that make a text read differently from what it holds (src/voting/names.ts).
      const char = unsafeCharacter(text, true);
      if (char !== undefined) found.push(issue('scenario.text.unsafeChar', path, { key, char, text: shownName(text) }));
      if (text.trim() === '') found.push(issue('scenario.text.empty', path, { key }));
      for (const match of text.matchAll(PARAM)) {
        const name = match[1];
        if (name.includes('.')) {
          const step = figuresAt.get(key);
          const problem =
            step === undefined ? { key: 'scenario.figure.notHere', params: {} } : figureProblem(s, name, step);
          if (problem) found.push(issue(problem.key, path, { ...problem.params, key, ref: name }));
        } else if (!variables.has(name)) found.push(issue('scenario.text.unknownParam', path, { key, name }));
      }
      if (lang === reference && !used.has(key)) found.push(issue('scenario.text.unused', path, { key }, 'warning'));
    }
  }
  found.push(...lookAlikeOptions(s));
  return found;
}

/**
 * The candidates of one election must not print the same in either language (NFKC, invisible
 * characters, Latin/Cyrillic/Greek look-alikes; src/voting/names.ts). Two options of different
 * elections may share a name (a crab standing in two councils). Control characters and blank
 * texts are reported above, for every text.
 */
function lookAlikeOptions(s: ScenarioData): ScenarioIssue[] {
  const found: ScenarioIssue[] = [];
  const optionIndex = new Map(s.options.map((o, i) => [o.id, i]));
  const allIds = s.options.map((o) => o.id);
  const seen = new Set<string>();
  for (const step of s.steps) {
    if (step.type !== 'election') continue;
    const ids = (step.candidates ?? allIds).filter((id) => optionIndex.has(id));
    for (const lang of LANGS) {
      const table: Readonly<Record<string, string>> = s.texts[lang];
      const shown = ids.flatMap((id) => {
        const i = optionIndex.get(id)!;
        const key = s.options[i].name;
        const text = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
        return text === undefined || unsafeCharacter(text) !== undefined ? [] : [{ i, key, text }];
      });
      const problem = nameProblem(shown.map((o) => o.text));
      if (problem === undefined) continue;
      const at = shown[problem.index];
      const id = `${problem.kind}|${lang}|${at.i}`;
      if (seen.has(id)) continue; // one message per option, however many elections show it
      seen.add(id);
      if (problem.kind === 'blank')
        found.push(issue('scenario.text.empty', ['options', at.i, 'name'], { key: at.key }));
      if (problem.kind === 'lookAlike') {
        found.push(
          issue('scenario.name.lookAlike', ['options', at.i, 'name'], {
            name: problem.name,
            other: problem.other,
            char: problem.char,
            lang,
          }),
        );
      }
    }
  }
  return found;
}
