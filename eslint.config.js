import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The functional core may not touch the outside world: no file system, process, network or GitHub client.
const CORE = ['src/ingest/**', 'src/metrics/**', 'src/stats/**', 'src/gate/**', 'src/report/**', 'src/config/**'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'build/**', 'bench/data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs', 'bench/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: 'error',
    },
  },
  {
    files: CORE,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:fs', 'node:fs/*', 'fs', 'fs/*', 'node:child_process', 'node:net', 'node:http', 'node:https'], message: 'The functional core does no I/O; do it in src/shell or an entry point.' },
            { group: ['@actions/*', '@octokit/*'], message: 'Only src/github and the entry points talk to GitHub.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'Pass what you need in; the core is pure.' }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', 'test/**'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
