/** The types of eslint.layers.js, for the test that checks the layers cover the code (tests/unit/layers.test.ts). */
import type { Linter } from 'eslint';

export declare const SRC: readonly string[];
export declare const SRC_ROOT_FILES: Readonly<Record<string, 'entry' | 'ground'>>;
export declare const layerRules: Linter.Config[];
