import type { FormEvent } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ScreenHeading } from '../../components/ScreenHeading';
import { t } from '../../i18n/t';
import { phraseCheckText } from './phrase-check-text';
import { useOnboarding, useStores } from '../../app/stores-context';

export function RestoreScreen() {
  const { onboarding } = useStores();
  const { restoreText, restoreCheck, restoreAttempted, setRestoreText, continueRestore, reset, error } =
    useOnboarding();
  const submit = (field: HTMLTextAreaElement | null): void => {
    void continueRestore().then(() => {
      if (onboarding.getState().restoreAttempted) field?.focus();
    });
  };
  const onSubmit = (e: FormEvent<HTMLFormElement>): void => {
    e.preventDefault();
    submit(e.currentTarget.querySelector('textarea'));
  };
  const invalid = restoreCheck !== undefined && !restoreCheck.valid;
  const empty = restoreAttempted && restoreCheck === undefined;
  return (
    <section className="panel screen" aria-labelledby="restore-heading">
      <ScreenHeading id="restore-heading">{t('restore.heading')}</ScreenHeading>
      <p id="restore-intro">{t('restore.intro')}</p>
      <form onSubmit={onSubmit} noValidate className="form">
        <div className="field">
          <label htmlFor="restore-phrase">{t('restore.label')}</label>
          <textarea
            id="restore-phrase"
            rows={3}
            value={restoreText}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            aria-invalid={invalid || empty}
            aria-describedby="restore-intro restore-check"
            onChange={(e) => void setRestoreText(e.target.value)}
            onKeyDown={(e) => {
              // Enter submits, as in a one-line field; a phrase never needs a line break.
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                submit(e.currentTarget);
              }
            }}
          />
        </div>
        {/* Live while typing (polite); an alert once Continue was pressed on a wrong phrase. */}
        <div id="restore-check" data-testid="phrase-check">
          {restoreCheck &&
            (restoreAttempted && invalid ? (
              <p role="alert" className="error">
                {phraseCheckText(restoreCheck)}
              </p>
            ) : (
              <p role="status" className={restoreCheck.valid ? 'ok' : 'hint'}>
                {phraseCheckText(restoreCheck)}
                {restoreCheck.valid && (
                  <span className="check-id">
                    {t('restore.belongsTo')}{' '}
                    <span className="mono break" data-testid="restore-session-id">
                      {restoreCheck.sessionId}
                    </span>
                  </span>
                )}
              </p>
            ))}
          {empty && (
            <p role="alert" className="error">
              {t('restore.empty')}
            </p>
          )}
        </div>
        <ErrorAlert error={error} />
        <div className="actions">
          <button type="submit" className="primary">
            {t('common.continue')}
          </button>
          <button type="button" className="link" onClick={reset}>
            {t('restore.backToWelcome')}
          </button>
        </div>
      </form>
    </section>
  );
}
