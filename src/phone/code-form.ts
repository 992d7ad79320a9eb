/**
 * The form for the vote's code, when the address brings none (`/vote/` alone, a wrong code, or
 * no vote with it): a plain form, so that the phone's "go" key sends it, and a text field set
 * for codes (capitals, no autocorrection) that keeps what was typed in the address.
 */
import { h, type Child } from './dom.ts';
import type { Voter } from './voter.ts';

/** `typed`: what the field starts with. */
export function codeForm(voter: Readonly<Voter>, typed: string): Child[] {
  const input = h('input', {
    id: 'code',
    name: 'code',
    class: 'code-input',
    'data-key': 'code-input',
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    enterkeyhint: 'go',
    maxlength: 12,
    'aria-describedby': 'code-hint',
    value: typed,
  });
  const form = h(
    'form',
    {
      class: 'card code-form',
      onsubmit: (e) => {
        e.preventDefault();
        voter.submitCode(input.value);
      },
    },
    h('label', { for: 'code', class: 'label' }, voter.t('codeLabel')),
    input,
    h('p', { id: 'code-hint', class: 'hint' }, voter.t('codeHint')),
    h('button', { type: 'submit', class: 'primary', 'data-action': 'join', 'data-key': 'join' }, voter.t('codeGo')),
  );
  return [form];
}
