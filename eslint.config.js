import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { layerRules } from './eslint.layers.js';

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', 'node_modules/', 'coverage/', 'scenarios/schema/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // The engine and the scenario model stay headless: no Phaser, no DOM.
    files: ['src/voting/**/*.ts', 'src/scenario/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': ['error', { patterns: ['phaser', 'phaser/*', '**/game/**', 'zustand*'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage'],
    },
  },
  {
    // The headless presentation layer: no Phaser and no page (tsconfig.pure.json checks it without the DOM's types).
    files: ['src/present/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': ['error', { patterns: ['phaser', 'phaser/*'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'location', 'history'],
    },
  },
  {
    // One test probe (src/probe.ts) writes the data-* attributes of <body>, and sends its event;
    // code reads the state it mirrors from where that state lives, never from the probe.
    files: ['src/**/*.ts'],
    ignores: ['src/probe.ts', 'src/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          // document.body.dataset, and the same through a variable named body.
          selector:
            "MemberExpression[property.name='dataset']:matches([object.property.name='body'], [object.name='body'])",
          message:
            'The <body> data-* attributes are the test probe: write them with probe.set (src/probe.ts), and read the state they mirror from the store or its module.',
        },
      ],
    },
  },
  ...layerRules,
);
