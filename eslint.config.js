// ESLint flat config: typescript-eslint recommended, zero warnings (npm run lint uses --max-warnings 0).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { boundaryConfigs } from './scripts/architecture.mjs';

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
  // Module boundaries: one no-restricted-imports block per folder under src, built from the layer table of
  // docs/architecture.md (test/unit/architecture.test.ts checks that the table, the tree and these agree).
  ...boundaryConfigs(import.meta.dirname),
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
