import { expect, it } from 'vitest';
import { normaliseCode } from '../live/protocol.ts';
import { codeOfPath, pathOfCode, typedCode } from './address.ts';

it('finds the code in the page’s address, cleaned as the host shows it', () => {
  expect(codeOfPath('/vote/ABC234')).toBe('ABC234');
  expect(codeOfPath('/vote/abc-234/')).toBe('ABC234');
  expect(codeOfPath('/vote/abc%20234')).toBe('ABC234');
  expect(codeOfPath('/vote/')).toBeUndefined();
  expect(codeOfPath('/vote.html')).toBeUndefined();
  expect(codeOfPath('/vote/ABC10O')).toBeUndefined();
  expect(typedCode('/vote/ABC10O')).toBe('ABC10O');
  expect(typedCode('/vote/%E0%A4%A')).toBe('%E0%A4%A');
  expect(pathOfCode('ABC234')).toBe('/vote/ABC234');
});

it('a typed code: upper case, without spaces or dashes, from the code alphabet', () => {
  expect(normaliseCode(' ab c-2 34 ')).toBe('ABC234');
  expect(normaliseCode('ABC23')).toBeUndefined();
  expect(normaliseCode('ABCI34')).toBeUndefined();
});
