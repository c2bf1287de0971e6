import { useEffect } from 'react';
import { useAccount, useProfile } from '../../app/stores-context';
import { CopyButton } from '../../components/CopyButton';
import { t } from '../../i18n/t';

/** The right pane with no chat open: how people reach the user (ID, copy, QR). */
export function EmptyChat() {
  const account = useAccount((s) => s.account);
  const qrSvg = useProfile((s) => s.qrSvg);
  const loadQr = useProfile((s) => s.loadQr);
  const sessionId = account?.sessionId;
  useEffect(() => {
    if (sessionId) void loadQr();
  }, [sessionId, loadQr]);
  if (!sessionId) return null;
  return (
    <section className="empty-chat" aria-labelledby="own-id-heading">
      <h2 id="own-id-heading">{t('home.idHeading')}</h2>
      {account.displayName && <p>{t('home.greeting', { name: account.displayName })}</p>}
      <p className="hint">{t('home.emptyHint')}</p>
      <p className="session-id mono" data-testid="own-session-id">
        {sessionId}
      </p>
      <CopyButton id="own-session-id" text={sessionId} label={t('home.copyId')} />
      {qrSvg && (
        <img
          className="qr"
          src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(qrSvg)}`}
          alt={t('home.qrAlt')}
          width={200}
          height={200}
        />
      )}
    </section>
  );
}
