/** Times as messengers show them, in the user's own locale and clock. */
import { t } from '../i18n/t';

const timeOfDay = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const weekday = new Intl.DateTimeFormat(undefined, { weekday: 'short' });
const shortDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const longDate = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const fullDateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

const DAY = 86_400_000;

function midnight(ms: number): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** The conversation list: the time today, the weekday this week, else the date. */
export function listTime(ms: number, now: number): string {
  const days = Math.round((midnight(now) - midnight(ms)) / DAY);
  if (days <= 0) return timeOfDay.format(ms);
  if (days < 7) return weekday.format(ms);
  return shortDate.format(ms);
}

/** Under a bubble. */
export function bubbleTime(ms: number): string {
  return timeOfDay.format(ms);
}

/** A day separator: Today, Yesterday, or the full date. */
export function dayLabel(day: number, now: number): string {
  const days = Math.round((midnight(now) - day) / DAY);
  if (days === 0) return t('time.today');
  if (days === 1) return t('time.yesterday');
  return longDate.format(day);
}

/** The info dialog. */
export function exactTime(ms: number): string {
  return fullDateTime.format(ms);
}

/** What is left of a disappearing message: "4 d", "3 h", "12 min", "40 s". */
export function countdown(msLeft: number): string {
  const s = Math.max(0, Math.ceil(msLeft / 1000));
  if (s >= 86_400) return t('time.days', { n: Math.floor(s / 86_400) });
  if (s >= 3_600) return t('time.hours', { n: Math.floor(s / 3_600) });
  if (s >= 60) return t('time.minutes', { n: Math.floor(s / 60) });
  return t('time.seconds', { n: s });
}
