import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'stream',
  'util',
  'worker_threads',
  'url',
  'events',
  'buffer',
  'zlib',
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', 'release/', '.cache/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // The engine runs without Electron (CLI, server, tests): it must never import it.
    files: ['analysis/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'analysis/ is plain Node: reach Electron only from electron/.' }] },
      ],
    },
  },
  {
    // store/ is storage only: connection, migrations, typed queries, fingerprints. It may name the
    // shapes it keeps (type imports) but never run the engine; the use cases live in runs/.
    files: ['analysis/store/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\.?/(\\.\\./)*(batch|measure|checks|report|api|cli|runs|score)(/|\\.js$)',
              allowTypeImports: true,
              message: 'store/ keeps data only: orchestration belongs in runs/.',
            },
          ],
        },
      ],
    },
  },
  {
    // CommonJS entry points (bin/preflight.cjs): require() is how they load.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The renderer runs sandboxed in a browser: no Node built-ins.
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...NODE_BUILTINS.flatMap((name) => [name, `node:${name}`]).map((name) => ({
              name,
              message: 'renderer/ runs in the browser: talk to the engine through the API contract.',
            })),
            { name: 'electron', message: 'Use the preload bridge.' },
          ],
          patterns: [
            { group: ['node:*'], message: 'renderer/ runs in the browser.' },
            {
              regex:
                '(^|/)analysis/(?!api/contract(\\.js)?$|format/figures(\\.js)?$|format/media-names(\\.js)?$|format/silent-note(\\.js)?$|fs/pasted-text(\\.js)?$|format/glossary(\\.js)?$|media/error-labels(\\.js)?$|batch/skip-reasons(\\.js)?$|batch/not-checked(\\.js)?$|caption/caption-text(\\.js)?$|profiles/interface-areas(\\.js)?$|profiles/borrowed-guidance(\\.js)?$|report/figure-layout(\\.js)?$|i18n/)',
              message:
                'Only the API contract and the pure words modules (figures, glossary, error labels, skip reasons, caption text, interface areas, borrowed guidance, figure layout, i18n) may be imported from analysis/.',
            },
          ],
        },
      ],
    },
  },
);
