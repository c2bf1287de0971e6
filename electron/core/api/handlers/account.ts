import type { AccountService } from '../../services/account/account-service';
import type { Handlers } from '../dispatcher';

type AccountMethods =
  | 'account.state'
  | 'account.unlock'
  | 'account.lock'
  | 'account.revealPhrase'
  | 'account.qr'
  | 'account.clearData'
  | 'onboarding.generate'
  | 'onboarding.validatePhrase'
  | 'onboarding.complete'
  | 'profile.setDisplayName'
  | 'security.setPassword'
  | 'security.changePassword'
  | 'security.removePassword';

export function accountHandlers(account: AccountService): Pick<Handlers, AccountMethods> {
  return {
    'account.state': () => account.view(),
    'account.unlock': ({ password }, { signal }) => account.unlock(password, signal),
    'account.lock': () => account.lock(),
    'account.revealPhrase': ({ password }, { signal }) => account.revealPhrase(password, signal),
    'account.qr': async () => ({ svg: await account.qrSvg() }),
    'account.clearData': (_confirmed, { signal }) => account.clearData(signal),
    'onboarding.generate': () => account.generate(),
    'onboarding.validatePhrase': ({ phrase }) => account.validatePhrase(phrase),
    'onboarding.complete': (params, { signal }) => account.complete(params, signal),
    'profile.setDisplayName': ({ displayName }) => account.setDisplayName(displayName),
    'security.setPassword': ({ password }, { signal }) => account.setPassword(password, signal),
    'security.changePassword': ({ current, next }, { signal }) =>
      account.changePassword(current, next, signal),
    'security.removePassword': ({ password }, { signal }) => account.removePassword(password, signal),
  };
}
