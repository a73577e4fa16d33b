import { describe, expect, test } from 'vitest'
import { fieldErrorMap, unplacedFields } from './form-errors'

describe('form errors', () => {
  test('maps dotted field paths to their first message', () => {
    expect(
      fieldErrorMap([
        { field: 'email', message: 'Adresse e-mail invalide.' },
        { field: 'roles', message: 'Choisissez au moins un rôle.' },
        { field: 'roles', message: 'Un rôle est en double.' },
        { field: 'members.0.role', message: 'Rôle inconnu.' },
      ]),
    ).toEqual({
      email: 'Adresse e-mail invalide.',
      roles: 'Choisissez au moins un rôle.',
      'members.0.role': 'Rôle inconnu.',
    })
    expect(fieldErrorMap(undefined)).toEqual({})
  })

  test('lists the messages of fields the form does not show', () => {
    expect(
      unplacedFields(
        [
          { field: 'token', message: 'Lien expiré.' },
          { field: 'email', message: 'x' },
        ],
        ['email'],
      ),
    ).toEqual([{ field: 'token', message: 'Lien expiré.' }])
  })
})
