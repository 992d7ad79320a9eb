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

  it('counts the screens that became interactive, and a turn at each moment the game waits for a key', () => {
    probe.set('ready', 'title');
    probe.set('ready', 'election');
    probe.set('beat', 'say'); // the beat alone: not yet drawn, not a turn
    probe.set('waits', 'line');
    probe.set('cast', 'done');
    probe.set('ready', 'election');
    expect(JSON.parse(page.body.dataset.entered ?? '')).toEqual({ title: 1, election: 2 });
    expect(page.body.dataset.turn).toBe('5');
    // Each counter's change is announced like any other write.
    expect(heard.filter((h) => h.name === 'turn').map((h) => h.value)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('starts its counters at zero on a new page', () => {
    probe.set('countStep', '1/3');
    expect(page.body.dataset.turn).toBe('1');
    expect(page.body.dataset.entered).toBeUndefined();
  });
});
