import { useState } from 'react';
import type { ConversationView } from '../../../electron/bridge/methods/conversations';
import { useChat, useRequests } from '../../app/stores-context';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { t } from '../../i18n/t';
import type { RequestAction } from '../../stores/messenger/requests-store';

/** Accept / Decline / Block for one request; declining and blocking are confirmed first. */
export function RequestActions({ c, compact = false }: { c: ConversationView; compact?: boolean }) {
  const { busyId, answer } = useRequests();
  const { openId, open, close } = useChat();
  const [confirming, setConfirming] = useState<'decline' | 'block'>();
  const busy = busyId === c.id;
  const run = (action: RequestAction): void =>
    void answer(c.id, action).then((accepted) => {
      if (accepted) open(accepted);
      else if (openId === c.id && action !== 'accept') close();
    });
  return (
    <div className={compact ? 'request-actions compact' : 'request-actions'}>
      <button
        type="button"
        className="primary"
        disabled={busy}
        onClick={() => run('accept')}
        aria-label={t('requests.acceptFrom', { name: c.displayName })}
      >
        {t('requests.accept')}
      </button>
      <button
        type="button"
        className="secondary"
        disabled={busy}
        onClick={() => setConfirming('decline')}
        aria-label={t('requests.declineFrom', { name: c.displayName })}
      >
        {t('requests.decline')}
      </button>
      <button
        type="button"
        className="danger"
        disabled={busy}
        onClick={() => setConfirming('block')}
        aria-label={t('requests.blockFrom', { name: c.displayName })}
      >
        {t('requests.block')}
      </button>
      {confirming && (
        <ConfirmDialog
          title={t(confirming === 'decline' ? 'requests.declineTitle' : 'requests.blockTitle', {
            name: c.displayName,
          })}
          confirmLabel={t(confirming === 'decline' ? 'requests.decline' : 'requests.block')}
          danger
          onConfirm={() => run(confirming)}
          onClose={() => setConfirming(undefined)}
        >
          <p>{t(confirming === 'decline' ? 'requests.declineText' : 'requests.blockText')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
