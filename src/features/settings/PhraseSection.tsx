import type { FormEvent } from 'react';
import { Busy } from '../../components/Busy';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PhraseWords } from '../../components/PhraseWords';
import { t } from '../../i18n/t';
import { formText } from '../../components/form-text';
import { useAccount, useSecurity } from '../../app/stores-context';

export function PhraseSection() {
  const needsPassword = useAccount((s) => s.account?.vault === 'password');
  const { revealed, revealBusy, revealError, reveal, hide } = useSecurity();
  const onSubmit = (e: FormEvent<HTMLFormElement>): void => {
    e.preventDefault();
    const password = needsPassword ? formText(e.currentTarget, 'password') : undefined;
    void reveal(password);
  };
  return (
    <section className="settings-group" aria-label={t('settings.phrase')}>
      <p className="hint">{t('settings.phraseHint')}</p>
      {revealed ? (
        <>
          <PhraseWords phrase={revealed.phrase} label={t('settings.phrase')} />
          <details>
            <summary>{t('settings.phraseBip39')}</summary>
            <p className="mono break" data-testid="bip39-phrase">
              {revealed.bip39}
            </p>
          </details>
          <div className="actions">
            <button type="button" className="secondary" onClick={hide}>
              {t('settings.hidePhrase')}
            </button>
          </div>
        </>
      ) : (
        <form onSubmit={onSubmit} noValidate className="form">
          {needsPassword && (
            <div className="field">
              <label htmlFor="phrase-password">{t('settings.phrasePassword')}</label>
              <input id="phrase-password" name="password" type="password" autoComplete="current-password" />
            </div>
          )}
          <ErrorAlert error={revealError} />
          {revealBusy && <Busy label={t('common.working')} />}
          <div className="actions">
            <button type="submit" className="secondary" disabled={revealBusy}>
              {t('settings.showPhrase')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
