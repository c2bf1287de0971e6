import type { DisappearingSetting } from '../../../electron/bridge/methods/conversations';
import { t } from '../../i18n/t';

/** The official timer values, seconds (protocol reference §11.3). */
export const TIMER_CHOICES = [
  5, 10, 30, 60, 300, 1_800, 3_600, 21_600, 43_200, 86_400, 604_800, 1_209_600,
] as const;

export function timerText(seconds: number): string {
  if (seconds % 604_800 === 0)
    return t(seconds === 604_800 ? 'timer.week' : 'timer.weeks', { n: seconds / 604_800 });
  if (seconds % 86_400 === 0)
    return t(seconds === 86_400 ? 'timer.day' : 'timer.days', { n: seconds / 86_400 });
  if (seconds % 3_600 === 0)
    return t(seconds === 3_600 ? 'timer.hour' : 'timer.hours', { n: seconds / 3_600 });
  if (seconds % 60 === 0) return t(seconds === 60 ? 'timer.minute' : 'timer.minutes', { n: seconds / 60 });
  return t('timer.seconds', { n: seconds });
}

export function settingText(s: DisappearingSetting): string {
  if (s.mode === 'off') return t('timer.off');
  return t(s.mode === 'after-send' ? 'timer.afterSend' : 'timer.afterRead', { time: timerText(s.seconds) });
}
