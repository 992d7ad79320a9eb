import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROBE_EVENT, probe, probeText, type ProbeChange } from './probe.ts';

/** A document with a body's dataset and the events: what the probe touches (Node has no DOM). */
class FakeDocument extends EventTarget {
  body = { dataset: {} as Record<string, string | undefined> };
}

let page: FakeDocument;
let heard: ProbeChange[];

beforeEach(() => {
  page = new FakeDocument();
  heard = [];
  page.addEventListener(PROBE_EVENT, (e) => heard.push((e as CustomEvent<ProbeChange>).detail));
  (globalThis as { document?: unknown }).document = page;
});

afterEach(() => {
  delete (globalThis as { document?: unknown }).document;
});

describe('the test probe', () => {
  it('writes each value in the format the tests read', () => {
    expect(probeText('title')).toBe('title');
    expect(probeText(12)).toBe('12');
    expect(probeText({ plurality: ['Crabe'] })).toBe('{"plurality":["Crabe"]}');
    expect(probeText([[3, 3]])).toBe('[[3,3]]');
  });

  it('sets the attribute and announces the change', () => {
    probe.set('ballotsCast', 4);
    probe.set('classResults', { borda: ['A', 'B'] });
    expect(page.body.dataset.ballotsCast).toBe('4');
    expect(page.body.dataset.classResults).toBe('{"borda":["A","B"]}');
    expect(heard).toEqual([
      { name: 'ballotsCast', value: '4' },
      { name: 'classResults', value: '{"borda":["A","B"]}' },
    ]);
  });

  it('announces a removal once, and only of what was there', () => {
    probe.set('blank', 'on');
    probe.clear('blank', 'printReady');
    probe.clear('blank');
    expect('blank' in page.body.dataset).toBe(false);
    expect(heard).toEqual([
      { name: 'blank', value: 'on' },
      { name: 'blank', value: undefined },
    ]);
  });
});
