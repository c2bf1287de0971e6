import type { BridgeError } from '../../../electron/bridge/result';
import { errorText, t } from '../../i18n/t';

export function passwordProblemText(problem: { local?: 'mismatch'; error?: BridgeError }): string {
  if (problem.local === 'mismatch') return t('settings.passwordMismatch');
  return problem.error ? errorText(problem.error) : '';
}
