import { errorText, t } from '../../i18n/t';
import type { PasswordProblem } from '../../stores/security-store';

export function passwordProblemText(problem: Pick<PasswordProblem, 'local' | 'error'>): string {
  switch (problem.local) {
    case 'mismatch':
      return t('settings.passwordMismatch');
    case 'empty':
      return t('settings.passwordEmpty');
    case 'short':
      return t('settings.passwordShort');
    case 'long':
      return t('settings.passwordLong');
    case undefined:
      return problem.error ? errorText(problem.error) : '';
  }
}
