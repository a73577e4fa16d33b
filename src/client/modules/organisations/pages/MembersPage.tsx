import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MemberView } from '../../../../shared/modules/organisations/organisations.contract'
import { api, call } from '../../../api'
import { canAccess } from '../../../app/access'
import { formatDate } from '../../../app/format'
import { useLabels } from '../../../app/labels'
import { useSession } from '../../../app/session'
import { useLoad } from '../../../app/useLoad'
import { Alert } from '../../../ui/Alert'
import { Button } from '../../../ui/Button'
import { Page } from '../../../ui/Page'
import { Table } from '../../../ui/Table'
import { ConfirmDialog } from '../components/ConfirmDialog'
import { InviteForm } from '../components/InviteForm'
import { MemberDialog } from '../components/MemberDialog'
import { isolate } from '../../../app/bidi'

type Pending =
  | { kind: 'edit'; member: MemberView }
  | { kind: 'remove'; member: MemberView }
  | { kind: 'revoke'; id: string; email: string }

/** Members of the organisation, their roles and services; invitations. */
export function MembersPage() {
  const { t, i18n } = useTranslation()
  const labels = useLabels()
  const { session } = useSession()
  const canEdit = canAccess(api.organisations.updateMember.access, session)
  const canInvite = canAccess(api.organisations.invite.access, session)
  const members = useLoad(() => call(api.organisations.listMembers, {}))
  const services = useLoad(() => call(api.organisations.listServices, {}))
  const invitations = useLoad(() => call(api.organisations.listInvitations, {}), canInvite)
  const [pending, setPending] = useState<Pending | null>(null)
  const serviceList = services.data ?? []
  const serviceName = (id: string) => serviceList.find((s) => s.id === id)?.name ?? id
  const openInvitations = (invitations.data ?? []).filter((i) => !i.acceptedAt)

  return (
    <Page title={t('members.title')}>
      {members.error ? <Alert tone="error">{members.error}</Alert> : null}
      <Table
        caption={t('members.tableCaption', { count: members.data?.length ?? 0 })}
        columns={[
          t('members.name'),
          t('members.email'),
          t('members.roles'),
          t('members.services'),
          t('members.totp'),
          t('members.state'),
          ...(canEdit ? [t('common.actions')] : []),
        ]}
        isEmpty={members.data?.length === 0}
        empty={t('members.none')}
      >
        {(members.data ?? []).map((member) => (
          <tr key={member.id}>
            <th scope="row">{member.displayName}</th>
            <td dir="ltr" className="cell--ltr">
              {member.email}
            </td>
            <td>{labels.roles(member.roles)}</td>
            <td>{member.serviceIds.map(serviceName).join(', ') || '—'}</td>
            <td>{member.totpEnabled ? t('members.totpOn') : t('members.totpOff')}</td>
            <td>{member.active ? t('members.active') : t('members.inactive')}</td>
            {canEdit ? (
              <td>
                <div className="actions">
                  <Button onPress={() => setPending({ kind: 'edit', member })}>
                    {t('common.edit')}
                    <span className="visually-hidden"> {member.displayName}</span>
                  </Button>
                  <Button variant="danger" onPress={() => setPending({ kind: 'remove', member })}>
                    {t('members.remove')}
                    <span className="visually-hidden"> {member.displayName}</span>
                  </Button>
                </div>
              </td>
            ) : null}
          </tr>
        ))}
      </Table>

      {canInvite ? (
        <>
          <InviteForm services={serviceList} onInvited={invitations.reload} />
          {invitations.error ? <Alert tone="error">{invitations.error}</Alert> : null}
          <Table
            caption={t('members.invitationsCaption', { count: openInvitations.length })}
            columns={[t('members.email'), t('members.roles'), t('members.expires'), t('common.actions')]}
            isEmpty={openInvitations.length === 0}
            empty={t('members.noInvitation')}
          >
            {openInvitations.map((invitation) => (
              <tr key={invitation.id}>
                <th scope="row" dir="ltr" className="cell--ltr">
                  {invitation.email}
                </th>
                <td>{labels.roles(invitation.roles)}</td>
                <td>{formatDate(invitation.expiresAt, i18n.language)}</td>
                <td>
                  <Button
                    variant="danger"
                    onPress={() => setPending({ kind: 'revoke', id: invitation.id, email: invitation.email })}
                  >
                    {t('members.revoke')}
                    <span className="visually-hidden"> {invitation.email}</span>
                  </Button>
                </td>
              </tr>
            ))}
          </Table>
        </>
      ) : null}

      {pending?.kind === 'edit' ? (
        <MemberDialog
          member={pending.member}
          services={serviceList}
          onClose={() => setPending(null)}
          onSaved={members.reload}
        />
      ) : null}
      {pending?.kind === 'remove' ? (
        <ConfirmDialog
          title={t('members.removeTitle', { name: isolate(pending.member.displayName) })}
          confirmLabel={t('members.remove')}
          onClose={() => setPending(null)}
          onConfirm={async () => {
            await call(api.organisations.removeMember, { params: { id: pending.member.id } })
            await members.reload()
          }}
        >
          <p>{t('members.removeText')}</p>
        </ConfirmDialog>
      ) : null}
      {pending?.kind === 'revoke' ? (
        <ConfirmDialog
          title={t('members.revokeTitle', { email: isolate(pending.email) })}
          confirmLabel={t('members.revoke')}
          onClose={() => setPending(null)}
          onConfirm={async () => {
            await call(api.organisations.revokeInvitation, { params: { id: pending.id } })
            await invitations.reload()
          }}
        >
          <p>{t('members.revokeText')}</p>
        </ConfirmDialog>
      ) : null}
    </Page>
  )
}
