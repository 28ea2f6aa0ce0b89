import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'test-results', 'bench-results', 'scratch', 'node_modules'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      // Only the player folder may know about YouTube.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'react-youtube', message: 'Only src/player talks to YouTube.' }] },
      ],
    },
  },
  {
    files: ['src/player/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Ambient declarations of the build's virtual modules can only name their types with import().
    files: ['src/episodes/virtual.d.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    // Playwright fixtures call their callback `use`, which is not React's.
    files: ['tests/e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // The fake YouTube API is a plain script served to the page in place of YouTube's.
    files: ['tests/e2e/fake-youtube/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
    rules: { '@typescript-eslint/no-this-alias': 'off', '@typescript-eslint/no-dynamic-delete': 'off' },
  },
);
