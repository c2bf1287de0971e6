import { useState, type FormEvent } from 'react';
import type { GroupMemberView, GroupView } from '../../../electron/bridge/methods/groups';
import { useGroups } from '../../app/stores-context';
import { Avatar } from '../../components/Avatar';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { t } from '../../i18n/t';
import { pastedIds } from '../../stores/groups/groups-store';
import { IdsField } from './GroupFields';

function MemberRow({ g, m }: { g: GroupView; m: GroupMemberView }) {
  const { remove, promote, busy } = useGroups();
  const [withMessages, setWithMessages] = useState(false);
  const manage = g.admin && !m.you && m.status !== 'removing';
  return (
    <li className="member-row">
      <Avatar id={m.id} name={m.displayName} size={32} />
      <span className="member-name">
        {m.displayName}
        {m.you && <span className="hint"> ({t('group.you')})</span>}
      </span>
      {m.admin && <span className="badge">{t('group.admin')}</span>}
      <span className="hint member-status">{t(`group.status.${m.status}`)}</span>
      {manage && !m.admin && (
        <button type="button" className="secondary" disabled={busy} onClick={() => void promote([m.id])}>
          {t('group.promote', { name: m.displayName })}
        </button>
      )}
      {manage && (
        <>
          <label className="check-row">
            <input
              type="checkbox"
              checked={withMessages}
              onChange={(e) => setWithMessages(e.target.checked)}
            />
            <span>{t('group.removeMessages')}</span>
          </label>
          <button
            type="button"
            className="danger"
            disabled={busy}
            onClick={() => void remove([m.id], withMessages)}
          >
            {t('group.remove', { name: m.displayName })}
          </button>
        </>
      )}
    </li>
  );
}

function AddMembers() {
  const { add, busy } = useGroups();
  const [text, setText] = useState('');
  const onSubmit = (e: FormEvent<HTMLFormElement>): void => {
    e.preventDefault();
    const ids = pastedIds(text);
    if (ids.length === 0) return;
    void add(ids).then((ok) => ok && setText(''));
  };
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="group-add-heading">
      <h3 id="group-add-heading">{t('group.add')}</h3>
      <IdsField id="group-add-ids" label={t('group.addIds')} value={text} onChange={setText} />
      <button type="submit" className="primary" disabled={busy}>
        {t('group.add.submit')}
      </button>
    </form>
  );
}

/** The members panel: names, admin badges and invite status; admins remove, promote and add. */
export function GroupMembersDialog({ onClose }: { onClose: () => void }) {
  const g = useGroups((s) => s.group);
  const error = useGroups((s) => s.error);
  if (!g) return null;
  return (
    <Dialog labelledBy="group-members-heading" onClose={onClose} className="wide">
      <h2 id="group-members-heading">{t('group.members.heading', { name: g.name })}</h2>
      <p className="hint">
        {g.memberCount === 1 ? t('group.memberCountOne') : t('group.memberCount', { n: g.memberCount })}
      </p>
      <ul className="member-list" aria-labelledby="group-members-heading">
        {g.members.map((m) => (
          <MemberRow key={m.id} g={g} m={m} />
        ))}
      </ul>
      <ErrorAlert error={error} />
      {g.admin && g.state === 'joined' && <AddMembers />}
      <div className="actions dialog-actions">
        <button type="button" className="secondary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}
