/**
 * The teacher's gate between two voters: a code of 2 to 8 digits, set on the desk, asked for
 * before each next ballot (and before the vote is closed), so that one pupil cannot cast five
 * ballots in a row. Typed on a keyboard or tapped on the keypad; the field shows dots only.
 * The code is kept in the store (a reload does not open the gate).
 */
import { GateSchema, type Gate } from '../../state/classroom.ts';
import { storeNow } from '../flow/session.ts';
import { h } from './dom.ts';
import { ensureBoxStyles } from './box-styles.ts';
import { button, problemLine, setProblem } from './views.ts';
import { t } from '../../i18n/index.ts';

function currentGate(): Gate | null {
  return storeNow()?.getState().classroom.gate ?? null;
}

/** The desk's fieldset: set, change or remove the code. */
export function gateSettings(): HTMLElement {
  ensureBoxStyles();
  const field = h('input', {
    type: 'password',
    id: 'cr-gate',
    inputmode: 'numeric',
    autocomplete: 'off',
    maxlength: 8,
    'aria-describedby': 'cr-gate-help',
  });
  const state = h('p', {
    'data-gate-state': currentGate() ? 'on' : 'off',
    text: t(currentGate() ? 'box.gate.on' : 'box.gate.off'),
  });
  const problem = problemLine(undefined);
  const refresh = () => {
    const on = currentGate() !== null;
    state.dataset.gateState = on ? 'on' : 'off';
    state.textContent = t(on ? 'box.gate.on' : 'box.gate.off');
    remove.hidden = !on;
  };
  const keep = () => {
    const parsed = GateSchema.safeParse({ code: field.value.trim() });
    if (!parsed.success) return setProblem(problem, t('box.gate.bad'));
    setProblem(problem, undefined);
    storeNow()?.getState().saveClassGate(parsed.data);
    field.value = '';
    refresh();
  };
  const remove = button(t('box.gate.remove'), () => (storeNow()?.getState().saveClassGate(null), refresh()), {
    id: 'gate.remove',
  });
  refresh();
  return h(
    'fieldset',
    { className: 'cr-gate', 'data-gate': '' },
    h('legend', { text: t('box.gate.legend') }),
    h('p', { className: 'cr-muted', id: 'cr-gate-help', text: t('box.gate.help') }),
    state,
    h(
      'div',
      { className: 'cr-row' },
      h('label', { for: 'cr-gate', text: t('box.gate.field') }),
      field,
      button(t('box.gate.keep'), keep, { id: 'gate.keep' }),
      remove,
    ),
    problem,
  );
}

export interface GatePad {
  readonly element: HTMLElement;
  /** True when the typed code opens the gate (or no gate is set); otherwise says so and clears the field. */
  open(): boolean;
}

/** The code asked for between voters: a field and a keypad of ten digits. */
export function gatePad(): GatePad {
  const gate = currentGate();
  if (!gate) return { element: h('div', { hidden: true }), open: () => true };
  const field = h('input', {
    type: 'password',
    id: 'cr-gate-code',
    inputmode: 'numeric',
    autocomplete: 'off',
    maxlength: 8,
  });
  const problem = problemLine(undefined);
  const digits = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'].map((d) =>
    h('button', {
      type: 'button',
      className: 'cr-btn cr-key',
      'data-digit': d,
      'aria-label': t('box.gate.digit', { d }),
      text: d,
      onclick: () => void (field.value.length < 8 && (field.value += d)),
    }),
  );
  const erase = h('button', {
    type: 'button',
    className: 'cr-btn cr-key',
    'data-digit': 'erase',
    text: t('box.gate.erase'),
    onclick: () => void (field.value = field.value.slice(0, -1)),
  });
  const element = h(
    'div',
    { className: 'cr-gate', 'data-gate': 'ask' },
    h('p', { text: t('box.gate.ask') }),
    h('label', { for: 'cr-gate-code', text: t('box.gate.code') }),
    field,
    h('div', { className: 'cr-keypad', role: 'group', 'aria-label': t('box.gate.code') }, ...digits, erase),
    problem,
  );
  return {
    element,
    open: () => {
      const current = currentGate();
      if (!current || field.value === current.code) return true;
      field.value = '';
      setProblem(problem, t('box.gate.wrong'));
      field.focus();
      return false;
    },
  };
}
