import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from './Button'
import { Dialog } from './Dialog'
import { Form, useApiForm } from './Form'

interface ConfirmDialogProps {
  title: string
  children: ReactNode
  confirmLabel: string
  onConfirm: () => Promise<void>
  onClose: () => void
}

/** Asks before an act that cannot be undone; the server's refusal shows inside the dialog, which closes only on success. */
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
