import { useMessageActions } from '../../app/stores-context';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { exactTime } from '../../components/format-time';
import { t } from '../../i18n/t';
import { settingText } from './disappearing-text';

/** A message's details: who, when sent and received, its state, read and expiry times. */
export function MessageInfoDialog() {
  const { info, infoError, closeInfo } = useMessageActions();
  if (!info && !infoError) return null;
  return (
    <Dialog labelledBy="info-heading" onClose={closeInfo}>
      <h2 id="info-heading">{t('info.heading')}</h2>
      <ErrorAlert error={infoError} />
      {info && (
        <dl className="facts">
          <dt>{t('info.from')}</dt>
          <dd>
            {info.sender.displayName} <span className="mono break">{info.sender.id}</span>
          </dd>
          <dt>{t('info.sent')}</dt>
          <dd>{exactTime(info.sentAt)}</dd>
          {!info.outgoing && (
            <>
              <dt>{t('info.received')}</dt>
              <dd>{exactTime(info.receivedAt)}</dd>
            </>
          )}
          <dt>{t('info.status')}</dt>
          <dd>{t(`bubble.status.${info.status}`)}</dd>
          {info.failure && (
            <>
              <dt>{t('info.failure')}</dt>
              <dd className="mono">{info.failure.code}</dd>
            </>
          )}
          {info.readAt !== null && (
            <>
              <dt>{t('info.read')}</dt>
              <dd>{exactTime(info.readAt)}</dd>
            </>
          )}
          <dt>{t('info.disappearing')}</dt>
          <dd>{settingText(info.disappearing)}</dd>
          {info.expiresAt !== null && (
            <>
              <dt>{t('info.expires')}</dt>
              <dd>{exactTime(info.expiresAt)}</dd>
            </>
          )}
        </dl>
      )}
      <div className="actions dialog-actions">
        <button type="button" className="primary" onClick={closeInfo} autoFocus>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}
