import type { FormEvent } from 'react';
import { ScreenHeading } from '../../components/ScreenHeading';
import { t } from '../../i18n/t';
import { formText } from '../../components/form-text';
import { useOnboarding, useStores } from '../../app/stores-context';

export function CheckScreen() {
  const { onboarding } = useStores();
  const { checkPositions, checkWrong, checkEmpty, submitCheck, goTo } = useOnboarding();
  const [a, b] = checkPositions;
  const onSubmit = (e: FormEvent<HTMLFormElement>): void => {
    e.preventDefault();
    const form = e.currentTarget;
    submitCheck(formText(form, 'first'), formText(form, 'second'));
    const wrong = onboarding.getState().checkWrong;
    if (wrong !== undefined) {
      form.querySelector<HTMLInputElement>(wrong === a ? '#check-first' : '#check-second')?.focus();
    }
  };
  return (
    <section className="panel screen" aria-labelledby="check-heading">
      <ScreenHeading id="check-heading">{t('check.heading')}</ScreenHeading>
      <p>{t('check.intro')}</p>
      <form onSubmit={onSubmit} noValidate className="form">
        <div className="field">
          <label htmlFor="check-first">{t('check.wordLabel', { n: a })}</label>
          <input
            id="check-first"
            name="first"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            aria-invalid={checkWrong === a}
            aria-describedby={checkWrong === a ? 'check-error' : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor="check-second">{t('check.wordLabel', { n: b })}</label>
          <input
            id="check-second"
            name="second"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            aria-invalid={checkWrong === b}
            aria-describedby={checkWrong === b ? 'check-error' : undefined}
          />
        </div>
        {checkWrong !== undefined && (
          <p role="alert" className="error" id="check-error">
            {t(checkEmpty ? 'check.empty' : 'check.wrong', { n: checkWrong })}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary">
            {t('check.submit')}
          </button>
          <button type="button" className="link" onClick={() => goTo('create')}>
            {t('check.backToPhrase')}
          </button>
        </div>
      </form>
    </section>
  );
}
