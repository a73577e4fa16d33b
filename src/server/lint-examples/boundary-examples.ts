/** Files that break a boundary rule, linted as if they lived at `path`. */
export const boundaryExamples = [
  { path: 'src/shared/modules/example/example.contract.ts', code: "import { loadConfig } from '../../../server/config'\nexport const x = loadConfig\n" },
  { path: 'src/client/modules/example/page.ts', code: "import { buildApp } from '../../../server/app'\nexport const x = buildApp\n" },
  { path: 'src/solver/example.ts', code: "import { openPglite } from '../server/db/client'\nexport const x = openPglite\n" },
  { path: 'src/server/modules/audit/example.ts', code: "import { authRepository } from '../auth/auth.repository'\nexport const x = authRepository\n" },
]
