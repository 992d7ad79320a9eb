import { describe, expect, it } from 'vitest';
import { isChunkLoadFailure } from './chunk-failure.ts';

describe('isChunkLoadFailure', () => {
  it("recognises each browser's failed dynamic import", () => {
    expect(
      isChunkLoadFailure(
        new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1:4173/assets/SandboxScene-a1b2.js'),
      ),
    ).toBe(true);
    expect(isChunkLoadFailure(new TypeError('error loading dynamically imported module: http://x/assets/a.js'))).toBe(
      true,
    );
    expect(isChunkLoadFailure(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkLoadFailure(new Error('Unable to preload CSS for /assets/index.css'))).toBe(true);
  });

  it('leaves every other error to the ordinary error card', () => {
    expect(isChunkLoadFailure(new Error('drawing failed on purpose'))).toBe(false);
    expect(isChunkLoadFailure(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(false);
    expect(isChunkLoadFailure(undefined)).toBe(false);
    expect(isChunkLoadFailure({ message: 'Failed to fetch dynamically imported module' })).toBe(false);
  });
});
