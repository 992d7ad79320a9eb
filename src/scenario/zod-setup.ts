/**
 * zod without its compiled fast path: that path builds parsers with `new Function`, which the
 * game's Content-Security-Policy forbids (build/csp.ts: no eval), and even zod's probe for it
 * is reported as a policy violation. Imported by schema.ts before any schema is made (zod reads
 * the setting when a schema is created); every module with a schema imports schema.ts. Our
 * inputs are bounded in size before they are parsed, so the slower path costs little.
 */
import { z } from 'zod';

z.config({ jitless: true });
