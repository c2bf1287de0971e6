import { CopyButton } from '../../components/CopyButton';
import { PhraseWords } from '../../components/PhraseWords';
import { ScreenHeading } from '../../components/ScreenHeading';
import { t } from '../../i18n/t';
import { useOnboarding } from '../../app/stores-context';

export function CreateScreen() {
  const { sessionId, phrase, toCheck, reset } = useOnboarding();
  if (!sessionId || !phrase) return null;
  return (
    <section className="panel screen" aria-labelledby="create-heading">
      <ScreenHeading id="create-heading">{t('create.heading')}</ScreenHeading>

      <h3>{t('create.sessionIdLabel')}</h3>
      <p className="hint">{t('create.sessionIdHint')}</p>
      <p className="session-id mono" data-testid="new-session-id">
        {sessionId}
      </p>
      <CopyButton id="new-session-id" text={sessionId} label={t('create.copySessionId')} />

      <h3>{t('create.phraseLabel')}</h3>
      <p className="hint">{t('create.phraseHint')}</p>
      <PhraseWords phrase={phrase} label={t('create.phraseLabel')} />
      <CopyButton id="new-phrase" text={phrase} label={t('create.copyPhrase')} />

      <div className="actions">
        <button type="button" className="primary" onClick={toCheck}>
          {t('create.saved')}
        </button>
        <button type="button" className="link" onClick={reset}>
          {t('create.backToWelcome')}
        </button>
      </div>
    </section>
  );
}
