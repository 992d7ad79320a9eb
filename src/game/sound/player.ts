/**
 * Plays score.ts with the Web Audio API. The AudioContext is created on the player's first
 * gesture (a key, a tap, a click) after the game may sound, never before: browsers refuse to
 * start audio without one, and a page that makes sound on arrival is rude. When the game is
 * silent (sound off, or projector mode) no AudioContext is created at all.
 */
import {
  COAST_PHRASE,
  COAST_PHRASE_SECONDS,
  EFFECTS,
  musicPlays,
  soundLevel,
  type EffectName,
  type Note,
  type SoundSettings,
} from './score.ts';
import { probe } from '../../probe.ts';

/** The loudest the master gain goes at volume 100: soft, under speech. */
const MASTER = 0.35;
const GESTURES = ['pointerdown', 'keydown', 'touchend'] as const;

let context: AudioContext | undefined;
let master: GainNode | undefined;
let level = 0;
let music = false;
let onCoast = false;
let loop: ReturnType<typeof setInterval> | undefined;
/** The loop's own gain: the notes already scheduled fade out with it when the loop stops. */
let loopGain: GainNode | undefined;
let listening = false;

function unlock(): void {
  if (context || level === 0 || typeof AudioContext === 'undefined') return;
  context = new AudioContext();
  master = context.createGain();
  master.gain.value = level * MASTER;
  master.connect(context.destination);
  probe.set('sound', 'ready');
  for (const type of GESTURES) window.removeEventListener(type, unlock, true);
  updateLoop();
}

function listen(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  for (const type of GESTURES) window.addEventListener(type, unlock, true);
}

/** One note: a quick rise and a long soft fall, so that nothing clicks or snaps. */
function play(note: Note, start: number, out: AudioNode | undefined = master): void {
  if (!context || !out) return;
  const osc = context.createOscillator();
  const gain = context.createGain();
  osc.type = note.wave;
  osc.frequency.value = note.hz;
  const t = start + note.at;
  gain.gain.setValueAtTime(0.0001, t);
  gain.gain.linearRampToValueAtTime(note.gain, t + Math.min(0.04, note.seconds / 4));
  gain.gain.exponentialRampToValueAtTime(0.0001, t + note.seconds);
  osc.connect(gain).connect(out);
  osc.start(t);
  osc.stop(t + note.seconds + 0.05);
}

function updateLoop(): void {
  const wanted = onCoast && music && context !== undefined;
  if (wanted && loop === undefined && context && master) {
    const out = context.createGain();
    out.connect(master);
    loopGain = out;
    const phrase = () => {
      if (context) for (const note of COAST_PHRASE) play(note, context.currentTime + 0.1, out);
    };
    phrase();
    loop = setInterval(phrase, COAST_PHRASE_SECONDS * 1000);
  } else if (!wanted && loop !== undefined) {
    clearInterval(loop);
    loop = undefined;
    const out = loopGain;
    loopGain = undefined;
    if (out && context) {
      out.gain.setTargetAtTime(0, context.currentTime, 0.3);
      setTimeout(() => out.disconnect(), 2000);
    }
  }
}

/** The store's settings, each time they change. */
export function setSound(settings: SoundSettings): void {
  level = soundLevel(settings);
  music = musicPlays(settings);
  probe.set('soundLevel', Math.round(level * 100));
  if (master && context) master.gain.setTargetAtTime(level * MASTER, context.currentTime, 0.1);
  if (level > 0) listen();
  updateLoop();
}

/** A short effect, if the game may sound and a gesture has already opened the audio. */
export function playEffect(name: EffectName): void {
  if (!context || level === 0) return;
  if (context.state === 'suspended') void context.resume();
  for (const note of EFFECTS[name]) play(note, context.currentTime + 0.02);
}

/** The coast's loop starts with the coast's screen and stops when it closes. */
export function coastMusic(on: boolean): void {
  onCoast = on;
  updateLoop();
}
