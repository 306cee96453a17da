import tseslint from 'typescript-eslint';

// The engine stays pure: it runs in browser workers, Node workers and tests alike.
export default tseslint.config(
  { ignores: ['dist/**', 'dist-cli/**', 'node_modules/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['react', 'react-*', 'three', 'three/*', '@react-three/*', 'zustand', 'zustand/*', 'comlink', '**/store/**', '**/scene/**', '**/ui/**', '**/io/**'],
            message: 'src/engine is pure computation: no DOM, React, three.js, store, io or comlink imports.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage'],
    },
  },
);
