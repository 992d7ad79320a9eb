/**
 * No `new Function` in the built pages (the Content-Security-Policy forbids eval, build/csp.ts).
 * The live votes' MessagePack decoder (@colyseus/msgpackr, under colyseus.js) builds fast
 * object readers with `new Function`, and probes for it when it loads: the probe alone is
 * reported as a policy violation. Its authors make their no-eval build by renaming those calls
 * to an undefined `BlockedFunction` (the probe then fails, and the decoder keeps its plain
 * readers); this does the same to the ES module the bundle uses.
 */
import type { Plugin } from 'vite';

const DECODER = /[\\/]@colyseus[\\/]msgpackr[\\/]unpack\.js$/;

export function noEval(): Plugin {
  return {
    name: 'no-eval',
    enforce: 'pre',
    transform(code, id) {
      if (!DECODER.test(id)) return undefined;
      const out = code.replaceAll('new Function(', 'BlockedFunction(');
      // A new version without these calls would leave this plugin doing nothing: say so.
      if (out === code)
        this.error(`no-eval: no "new Function(" left to block in ${id}; check this plugin against the new version`);
      return { code: out, map: null };
    },
  };
}
