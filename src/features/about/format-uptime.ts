import { t } from '../../i18n/t';

export function formatUptime(ms: number): string {
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return t('uptime.hours', { h, m });
  if (m > 0) return t('uptime.minutes', { m, s });
  return t('uptime.seconds', { n: s });
}
