// ESLint flat config: typescript-eslint recommended, zero warnings (npm run lint uses --max-warnings 0).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'build/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'assembly/**',
      'bench/assembly/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Module boundaries (docs/architecture.md): model and core code never reach into the view or the DOM layer.
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: ['lit', 'lit/*', 'comlink', '**/ui/**', '**/runtime/**', '**/engine/**'],
        },
      ],
    },
  },
  {
    files: ['src/ui/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/engine/**', '**/runtime/worker/**', '**/runtime/node/**', 'comlink'] },
      ],
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**', 'bench/**', 'test/e2e/**'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        window: 'readonly',
        document: 'readonly',
      },
    },
  },
);
