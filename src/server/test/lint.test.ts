import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'
import { boundaries } from '../../../eslint.boundaries.js'
import { boundaryExamples } from '../lint-examples/boundary-examples'

describe('lint rules fire on their known-failing examples', () => {
  it('flags floating promises, explicit any and non-exhaustive switches', { timeout: 120_000 }, async () => {
    const eslint = new ESLint({ ignore: false })
    const results = await eslint.lintFiles(['src/server/lint-examples/*.ts'])
    const rulesOf = (file: string) => results.find((r) => r.filePath.endsWith(file))!.messages.map((m) => m.ruleId)
    expect(rulesOf('floating-promise.ts')).toContain('@typescript-eslint/no-floating-promises')
    expect(rulesOf('explicit-any.ts')).toContain('@typescript-eslint/no-explicit-any')
    expect(rulesOf('non-exhaustive-switch.ts')).toContain('@typescript-eslint/switch-exhaustiveness-check')
  })

  it('flags every module boundary crossing', async () => {
    const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: boundaries })
    for (const example of boundaryExamples) {
      const [result] = await eslint.lintText(example.code, { filePath: example.path })
      expect(result!.messages.map((m) => m.ruleId), example.path).toContain('no-restricted-imports')
    }
    const [allowed] = await eslint.lintText("import { authRepository } from '../auth'\nexport const x = authRepository\n", {
      filePath: 'src/server/modules/audit/example.ts',
    })
    expect(allowed!.messages).toEqual([])
  })
})
