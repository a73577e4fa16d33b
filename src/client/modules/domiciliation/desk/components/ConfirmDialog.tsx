import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../../ui/Button'
import { Dialog } from '../../../../ui/Dialog'
import { Form, useApiForm } from '../../../../ui/Form'

interface ConfirmDialogProps {
  title: string
  children: ReactNode
  confirmLabel: string
  onConfirm: () => Promise<void>
  onClose: () => void
}

/** Asks before an act that changes a person's file; the server's refusal shows inside the dialog. */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onClose }: ConfirmDialogProps) {
  const { t } = useTranslation()
  const form = useApiForm()
  const submit = async () => {
    const done = await form.run(async () => {
      await onConfirm()
      return true
    })
    if (done) onClose()
  }
  return (
    <Dialog title={title} isOpen onOpenChange={(open) => !open && onClose()}>
      <Form state={form} onSubmit={submit} label={title}>
        {children}
        <div className="form__actions">
          <Button type="submit" variant="danger" isPending={form.pending}>
            {confirmLabel}
          </Button>
          <Button onPress={onClose}>{t('common.cancel')}</Button>
        </div>
      </Form>
    </Dialog>
  )
}
