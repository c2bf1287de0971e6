import { useEffect } from 'react';
import { CopyButton } from '../../components/CopyButton';
import { ScreenHeading } from '../../components/ScreenHeading';
import { t } from '../../i18n/t';
import { useAccount, useProfile } from '../../app/stores-context';

export function HomeScreen() {
  const account = useAccount((s) => s.account);
  const qrSvg = useProfile((s) => s.qrSvg);
  const loadQr = useProfile((s) => s.loadQr);
  const sessionId = account?.sessionId;
  useEffect(() => {
    if (sessionId) void loadQr();
  }, [sessionId, loadQr]);
  if (!sessionId) return null;
  return (
    <div className="home">
      <section className="panel screen" aria-labelledby="home-heading">
        <ScreenHeading id="home-heading">{t('home.heading')}</ScreenHeading>
        <div className="empty">
          <p className="empty-title">{t('home.empty')}</p>
          <p className="hint">{t('home.emptyHint')}</p>
        </div>
      </section>
      <section className="panel" aria-labelledby="own-id-heading">
        <h2 id="own-id-heading">{t('home.idHeading')}</h2>
        {account.displayName && <p>{t('home.greeting', { name: account.displayName })}</p>}
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
    </div>
  );
}
