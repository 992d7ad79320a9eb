/**
 * A sandbox state in a link: JSON, compressed with deflate (fflate), written in base64url so
 * that it survives in a URL fragment. `v` is the link format; a newer one is refused with its
 * own message. Decoding never trusts the input: the text length, the decompressed size, the
 * JSON and every field are checked, and a failure says which step failed (open.ts words it).
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { SandboxState } from './model.ts';
import { checkState } from './state-schema.ts';

const LINK_VERSION = 1;
/** Longer codes are refused before anything is decompressed. */
export const MAX_CODE_LENGTH = 24_000;
/** The decompressed JSON may not be larger than this (a small input can inflate a lot). */
const MAX_JSON_BYTES = 128 * 1024;

export type LinkProblem =
  | { readonly key: 'sandbox.link.empty' | 'sandbox.link.encoding' | 'sandbox.link.compression' | 'sandbox.link.json' }
  | { readonly key: 'sandbox.link.tooLong'; readonly params: { readonly length: number; readonly limit: number } }
  | { readonly key: 'sandbox.link.tooBig'; readonly params: { readonly limit: number } }
  | { readonly key: 'sandbox.link.version'; readonly params: { readonly version: string; readonly supported: number } }
  | { readonly key: 'sandbox.link.shape' | 'sandbox.link.shapeRoot'; readonly params: { readonly path: string } };

type Decoded = { readonly state: SandboxState } | { readonly problem: LinkProblem };

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(code: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(code) || code.length % 4 === 1) return undefined;
  try {
    const binary = atob(code.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (code.length % 4)) % 4));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}

/** The state's fields in a fixed order (so that one state always gives one link). */
function canonical(state: SandboxState): Record<string, unknown> {
  return {
    v: LINK_VERSION,
    ...(state.preset !== undefined ? { preset: state.preset } : {}),
    title: state.title,
    dimensions: state.dimensions,
    axes: state.axes,
    flags: state.flags.map((f) => ({ id: f.id, name: f.name, position: f.position })),
    crowds: state.crowds.map((c) => ({
      id: c.id,
      name: c.name,
      species: c.species,
      centre: c.centre,
      spread: c.spread,
      size: c.size,
      ...(c.strategy !== undefined ? { strategy: c.strategy } : {}),
    })),
    approvalRadius: state.approvalRadius,
    gradeBands: state.gradeBands,
    strategies: state.strategies,
  };
}

export function encodeState(state: SandboxState): string {
  return toBase64Url(deflateSync(strToU8(JSON.stringify(canonical(state))), { level: 9 }));
}

export function decodeState(code: string): Decoded {
  const text = code.trim();
  if (text === '') return { problem: { key: 'sandbox.link.empty' } };
  if (text.length > MAX_CODE_LENGTH)
    return { problem: { key: 'sandbox.link.tooLong', params: { length: text.length, limit: MAX_CODE_LENGTH } } };
  const bytes = fromBase64Url(text);
  if (!bytes) return { problem: { key: 'sandbox.link.encoding' } };
  let json: string;
  try {
    const out = inflateSync(bytes, { out: new Uint8Array(MAX_JSON_BYTES + 1) });
    if (out.length > MAX_JSON_BYTES)
      return { problem: { key: 'sandbox.link.tooBig', params: { limit: MAX_JSON_BYTES } } };
    json = strFromU8(out);
  } catch {
    return { problem: { key: 'sandbox.link.compression' } };
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { problem: { key: 'sandbox.link.json' } };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { problem: { key: 'sandbox.link.shapeRoot', params: { path: '' } } };
  const { v, ...rest } = value as Record<string, unknown>;
  if (v !== LINK_VERSION) {
    return { problem: { key: 'sandbox.link.version', params: { version: String(v), supported: LINK_VERSION } } };
  }
  const checked = checkState(rest);
  if ('path' in checked)
    return {
      problem: { key: checked.path ? 'sandbox.link.shape' : 'sandbox.link.shapeRoot', params: { path: checked.path } },
    };
  return { state: checked.state };
}
