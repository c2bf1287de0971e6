import { useNav } from '../../app/stores-context';
import { Icon } from '../../components/icons';
import { t } from '../../i18n/t';

/** Beside "New message" in the left pane: opens the create-group dialog. */
export function NewGroupButton() {
  const openDialog = useNav((s) => s.openDialog);
  return (
    <button
      type="button"
      className="icon-button"
      onClick={() => openDialog('new-group')}
      aria-label={t('group.new')}
      title={t('group.newHint')}
    >
      <Icon name="group" />
    </button>
  );
}
