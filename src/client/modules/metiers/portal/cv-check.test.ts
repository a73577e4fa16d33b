import { describe, expect, test } from 'vitest'
import { cvProblem } from './cv-check'

const mb = 1024 * 1024

describe('CV checked in the browser before sending', () => {
  test('PDF, DOCX and ODT up to 10 MB pass', () => {
    expect(cvProblem({ name: 'cv.pdf', type: 'application/pdf', size: 200_000 })).toBeNull()
    expect(
      cvProblem({
        name: 'CV.DOCX',
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        size: 10 * mb,
      }),
    ).toBeNull()
    // Some browsers give no type for OpenDocument: the name says it.
    expect(cvProblem({ name: 'cv.odt', type: '', size: mb })).toBeNull()
  })

  test('another kind of file is refused, whatever its name', () => {
    expect(cvProblem({ name: 'photo.jpg', type: 'image/jpeg', size: mb })).toBe('type')
    expect(cvProblem({ name: 'cv.pdf', type: 'image/png', size: mb })).toBe('type')
    expect(cvProblem({ name: 'cv.doc', type: 'application/msword', size: mb })).toBe('type')
    expect(cvProblem({ name: 'cv', type: '', size: mb })).toBe('type')
  })

  test('over 10 MB is refused', () => {
    expect(cvProblem({ name: 'cv.pdf', type: 'application/pdf', size: 10 * mb + 1 })).toBe('taille')
  })
})
