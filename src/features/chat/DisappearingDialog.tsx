import { useState, type FormEvent } from 'react';
import type { ConversationView, DisappearingSetting } from '../../../electron/bridge/methods/conversations';
import { useConversations } from '../../app/stores-context';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { t } from '../../i18n/t';
import { TIMER_CHOICES, timerText } from './disappearing-text';

type Mode = DisappearingSetting['mode'];
type Seconds = (typeof TIMER_CHOICES)[number];

/** Off, after reading or after sending, and for how long (groups: off or after sending only). */
export function DisappearingDialog({ c, onClose }: { c: ConversationView; onClose: () => void }) {
  const { setDisappearing, actionError } = useConversations();
  const [mode, setMode] = useState<Mode>(c.disappearing.mode);
  const [seconds, setSeconds] = useState<Seconds>(
    c.disappearing.mode === 'off' ? 86_400 : c.disappearing.seconds,
  );
  const modes: Mode[] = c.kind === 'group' ? ['off', 'after-send'] : ['off', 'after-read', 'after-send'];
  const onSubmit = (e: FormEvent<HTMLFormElement>): void => {
    e.preventDefault();
    const setting: DisappearingSetting = mode === 'off' ? { mode } : { mode, seconds };
    void setDisappearing(c.id, setting).then((done) => done && onClose());
  };
  return (
    <Dialog labelledBy="timer-heading" describedBy="timer-intro" onClose={onClose}>
      <h2 id="timer-heading">{t('timer.heading')}</h2>
      <p id="timer-intro" className="hint">
        {t('timer.intro')}
      </p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <fieldset className="choice-list">
          <legend>{t('timer.modeLabel')}</legend>
          {modes.map((m) => (
            <label key={m}>
              <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
              {t(`timer.mode.${m}`)}
            </label>
          ))}
        </fieldset>
        {mode !== 'off' && (
          <div className="field">
            <label htmlFor="timer-seconds">{t('timer.lengthLabel')}</label>
            <select
              id="timer-seconds"
              value={seconds}
              onChange={(e) => setSeconds(TIMER_CHOICES.find((s) => s === Number(e.target.value)) ?? seconds)}
            >
              {TIMER_CHOICES.map((s) => (
                <option key={s} value={s}>
                  {timerText(s)}
                </option>
              ))}
            </select>
          </div>
        )}
        <ErrorAlert error={actionError} />
        <DialogActions submitLabel={t('common.save')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
