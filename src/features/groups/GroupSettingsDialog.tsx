import { useState, type FormEvent } from 'react';
import type { GroupView } from '../../../electron/bridge/methods/groups';
import { useGroups } from '../../app/stores-context';
import { Busy } from '../../components/Busy';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { t } from '../../i18n/t';
import { GroupInfoFields } from './GroupFields';

type Confirm = 'leave' | 'delete';

function LifeCycle({ g, onDone }: { g: GroupView; onDone: () => void }) {
  const { leave, destroy, busy } = useGroups();
  const [confirm, setConfirm] = useState<Confirm>();
  const run = (c: Confirm): void => {
    setConfirm(undefined);
    void (c === 'leave' ? leave() : destroy()).then((ok) => ok && onDone());
  };
  return (
    <div className="actions">
      <button type="button" className="danger" disabled={busy} onClick={() => setConfirm('leave')}>
        {t('group.leave')}
      </button>
      {g.admin && (
        <button type="button" className="danger" disabled={busy} onClick={() => setConfirm('delete')}>
          {t('group.delete')}
        </button>
      )}
      {confirm && (
        <ConfirmDialog
          title={t(confirm === 'leave' ? 'group.leave' : 'group.delete')}
          confirmLabel={t(confirm === 'leave' ? 'group.leave' : 'group.delete')}
          danger
          onConfirm={() => run(confirm)}
          onClose={() => setConfirm(undefined)}
        >
          <p>{t(confirm === 'leave' ? 'group.leave.confirm' : 'group.delete.confirm', { name: g.name })}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

/**
 * Group settings: name and description (admins change them), leave, and delete for everyone
 * (admins). The disappearing timer is the chat menu's, as for any conversation.
 */
export function GroupSettingsDialog({ onClose }: { onClose: () => void }) {
  const g = useGroups((s) => s.group);
  const { setInfo, busy, error } = useGroups();
  const [name, setName] = useState(g?.name ?? '');
  const [description, setDescription] = useState(g?.description ?? '');
  if (!g) return null;
  const onSubmit = (e: FormEvent<HTMLFormElement>): void => {
    e.preventDefault();
    void setInfo({ name: name.trim(), description: description.trim() }).then((ok) => ok && onClose());
  };
  return (
    <Dialog labelledBy="group-settings-heading" onClose={onClose}>
      <h2 id="group-settings-heading">{t('group.settings.heading', { name: g.name })}</h2>
      <form className="form" noValidate onSubmit={onSubmit}>
        {!g.admin && <p className="hint">{t('group.settings.readOnly')}</p>}
        <GroupInfoFields
          idPrefix="group-settings"
          name={name}
          description={description}
          onName={setName}
          onDescription={setDescription}
          readOnly={!g.admin}
        />
        {busy && <Busy label={t('group.working')} />}
        <ErrorAlert error={error} />
        {g.admin ? (
          <DialogActions submitLabel={t('common.save')} onCancel={onClose} busy={busy} />
        ) : (
          <div className="actions dialog-actions">
            <button type="button" className="secondary" onClick={onClose}>
              {t('common.close')}
            </button>
          </div>
        )}
      </form>
      {g.state === 'joined' && <LifeCycle g={g} onDone={onClose} />}
    </Dialog>
  );
}
