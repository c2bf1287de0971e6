import { useState, type FormEvent } from 'react';
import { useChat, useConversations, useGroups, useNav } from '../../app/stores-context';
import { Busy } from '../../components/Busy';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { t } from '../../i18n/t';
import { pastedIds } from '../../stores/groups/groups-store';
import { GroupInfoFields, IdsField } from './GroupFields';

const MAX_OTHERS = 99;

/** Contacts to invite: the accepted one-to-one conversations, not blocked. */
function ContactPicker({
  picked,
  onToggle,
}: {
  picked: ReadonlySet<string>;
  onToggle: (id: string) => void;
}) {
  const items = useConversations((s) => s.items);
  const contacts = items.filter((c) => c.kind === 'direct' && !c.blocked && c.request === 'none');
  return (
    <fieldset className="field group-contacts">
      <legend>{t('group.contacts')}</legend>
      {contacts.length === 0 && <p className="hint">{t('group.noContacts')}</p>}
      {contacts.map((c) => (
        <label key={c.id} className="check-row">
          <input type="checkbox" checked={picked.has(c.id)} onChange={() => onToggle(c.id)} />
          <span>{c.displayName}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** Create a group: a name, an optional description, contacts picked and Session IDs pasted. */
export function CreateGroupDialog() {
  const closeDialog = useNav((s) => s.closeDialog);
  const openChat = useChat((s) => s.open);
  const { create, busy, error, clearError } = useGroups();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [pasted, setPasted] = useState('');
  const [attempted, setAttempted] = useState(false);
  const members = [...new Set([...picked, ...pastedIds(pasted)])];
  const close = (): void => {
    clearError();
    closeDialog();
  };
  const toggle = (id: string): void =>
    setPicked((p) => {
      const next = new Set(p);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const onSubmit = (e: FormEvent<HTMLFormElement>): void => {
    e.preventDefault();
    setAttempted(true);
    if (name.trim() === '') return;
    void create({
      name: name.trim(),
      members: members.slice(0, MAX_OTHERS),
      ...(description.trim() ? { description: description.trim() } : {}),
    }).then((g) => {
      if (!g) return;
      closeDialog();
      openChat(g.id);
    });
  };
  const nameMissing = attempted && name.trim() === '';
  return (
    <Dialog labelledBy="new-group-heading" describedBy="new-group-intro" onClose={close}>
      <h2 id="new-group-heading">{t('group.create.heading')}</h2>
      <p id="new-group-intro" className="hint">
        {t('group.create.intro')}
      </p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <GroupInfoFields
          idPrefix="new-group"
          name={name}
          description={description}
          onName={setName}
          onDescription={setDescription}
          nameMissing={nameMissing}
          autoFocus
        />
        <ContactPicker picked={picked} onToggle={toggle} />
        <IdsField
          id="new-group-ids"
          label={t('group.pasteIds')}
          value={pasted}
          onChange={setPasted}
          status={t('group.chosen', { n: members.length })}
        />
        {busy && <Busy label={t('group.working')} />}
        <ErrorAlert error={error} />
        <DialogActions submitLabel={t('group.create.submit')} onCancel={close} busy={busy} />
      </form>
    </Dialog>
  );
}
