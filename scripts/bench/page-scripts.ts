/**
 * The JavaScript of a built page: the scripts its HTML loads and every chunk they import, read
 * from the build folder (deterministic for a given build). The sizes bench weighs them; the phone
 * test checks which chunks the ballot page pulls in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The build-relative paths of `page`'s scripts and the chunks they import, transitively. */
export function pageScripts(outDir: string, page: string): string[] {
  const html = readFileSync(join(outDir, page), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1]);
  const files = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(join(outDir, file), 'utf8');
    // Vite writes a chunk's imports of its siblings as "./name.js".
    for (const m of code.matchAll(/(?:import|from)\s*["']\.\/([\w.-]+\.js)["']/g)) visit(`assets/${m[1]}`);
  };
  for (const ref of refs) visit(ref.replace(/^\.?\//, ''));
  return [...files];
}
