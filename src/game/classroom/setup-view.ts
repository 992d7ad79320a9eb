/**
 * The class election in under a minute: the question, the options (one a line), the kind of
 * ballot, and the methods (those the engine can count on that ballot, the usual ones ticked).
 */
import { availableMethods, BALLOT_KINDS, DEFAULT_METHODS, setupElection, type BallotKind } from '../../classroom/election.ts';
import type { MethodId } from '../../voting/method.ts';
import { methods as registry } from '../../voting/methods/index.ts';
import { desk, newElection } from './desk.ts';
import { h } from './dom.ts';
import { button, problemLine, setProblem, type ViewContext } from './views.ts';
import { ct, lang } from './words.ts';

export function setupView(ctx: ViewContext): HTMLElement[] {
  const before = desk.election;
  const question = h('input', { type: 'text', id: 'cr-question', maxlength: 120, value: before?.question ?? '', placeholder: ct('classroom.setup.questionExample') });
  const options = h('textarea', { id: 'cr-options', rows: 5, placeholder: ct('classroom.setup.optionsExample') });
  options.value = before?.options.join('\n') ?? '';
  let kind: BallotKind = before?.kind ?? 'ranked';
  let chosen = new Set<MethodId>(before?.methods ?? DEFAULT_METHODS[kind]);
  const methodBox = h('fieldset', {}, h('legend', { text: ct('classroom.setup.methods') }));
  const problem = problemLine(undefined);

  const optionCount = () => Math.max(2, options.value.split(/\r?\n|[,;]/).filter((s) => s.trim() !== '').length);
  const drawMethods = () => {
    const available = availableMethods(kind, optionCount());
    methodBox.replaceChildren(
      h('legend', { text: ct('classroom.setup.methods') }),
      ...available.map((id) => {
        const box = h('input', { type: 'checkbox', value: id, checked: chosen.has(id), 'data-method': id });
        box.addEventListener('change', () => (box.checked ? chosen.add(id) : chosen.delete(id)));
        return h('label', { className: 'cr-check', title: registry[id].info.description[lang()] }, box, registry[id].info.name[lang()]);
      }),
    );
  };
  const kinds = h(
    'fieldset',
    {},
    h('legend', { text: ct('classroom.setup.kind') }),
    ...BALLOT_KINDS.map((k) => {
      const radio = h('input', { type: 'radio', name: 'cr-kind', value: k, checked: k === kind, 'data-kind': k });
      radio.addEventListener('change', () => {
        kind = k;
        chosen = new Set(DEFAULT_METHODS[k]);
        drawMethods();
      });
      return h('label', { className: 'cr-check' }, radio, ct(`classroom.kind.${k}`));
    }),
    h('p', { className: 'cr-muted', text: ct('classroom.setup.kindHelp') }),
  );
  drawMethods();
  // Some methods refuse many options: the list follows the options typed.
  options.addEventListener('change', drawMethods);

  const next = () => {
    const { election, problems } = setupElection({ question: question.value, optionsText: options.value, kind, methods: [...chosen] });
    if (!election) {
      setProblem(problem, problems[0]);
      return;
    }
    newElection(election);
    ctx.go('ways');
  };
  const form = h(
    'form',
    {
      onsubmit: (event: Event) => {
        event.preventDefault();
        next();
      },
    },
    h('label', { for: 'cr-question', text: ct('classroom.setup.question') }),
    question,
    h('label', { for: 'cr-options', text: ct('classroom.setup.options') }),
    options,
    kinds,
    methodBox,
    problem,
    h('div', { className: 'cr-row' }, button(ct('classroom.setup.next'), next, { id: 'setup.next', primary: true }), button(ct('classroom.back'), () => ctx.go('home'), { id: 'setup.back' })),
  );
  return [h('h1', { text: ct('classroom.setup.title') }), h('p', { className: 'cr-muted', text: ct('classroom.setup.intro') }), form];
}
