// Module boundaries, as lint rules. Each has a failing example in src/server/lint-examples/.
export const boundaries = [
  {
    files: ['src/shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)(server|client)/', message: 'src/shared est isomorphe : il n’importe ni server/ ni client/.' }] }],
    },
  },
  {
    files: ['src/client/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)server/', message: 'Le client passe par l’API : jamais de code serveur.' }] }],
    },
  },
  {
    files: ['src/solver/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)(server|client)/', message: 'Le solveur est une bibliothèque pure : ni base de données ni HTTP.' }] }],
    },
  },
  {
    files: ['src/server/modules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // A table may reference another module's table for a foreign key; nothing else crosses.
              regex: '^\\.\\./(?!\\.\\.)[^/]+/(?!index$)(?![^/]+\\.table$).+',
              message: 'Un module n’utilise un autre module que par son index.ts.',
            },
          ],
        },
      ],
    },
  },
]
