import { Busy } from '../../components/Busy';
import { ScreenHeading } from '../../components/ScreenHeading';
import { t } from '../../i18n/t';
import type { SyncProgress } from '../../stores/onboarding-store';
import { useOnboarding } from '../../app/stores-context';

/** What the restore is doing, in words (the core's `sync.progress`). */
function progressText(p: SyncProgress | undefined): string {
  switch (p?.phase) {
    case undefined:
    case 'connecting':
      return t('restoreSync.connecting');
    case 'fetching':
      return t('restoreSync.fetching');
    case 'applying':
      return t('restoreSync.applying', { contacts: p.contacts, conversations: p.conversations });
    case 'done':
      return t('restoreSync.done');
    case 'timed-out':
      return t('restoreSync.timedOut');
    case 'offline':
      return t('restoreSync.offline');
  }
}

/** Restore, last step: the account's profile, contacts and chats come back before the main screen. */
export function RestoreSyncScreen() {
  const progress = useOnboarding((s) => s.syncProgress);
  const text = progressText(progress);
  return (
    <section className="panel screen" aria-labelledby="restore-sync-heading">
      <ScreenHeading id="restore-sync-heading">{t('restoreSync.heading')}</ScreenHeading>
      <div data-testid="restore-progress">
        <Busy label={text} />
      </div>
    </section>
  );
}
