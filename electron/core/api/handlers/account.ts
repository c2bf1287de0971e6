import type { AccountService } from '../../services/account/account-service';
import type { Handlers } from '../dispatcher';

type AccountMethods =
  | 'account.state'
  | 'account.unlock'
  | 'account.lock'
  | 'account.revealPhrase'
  | 'account.qr'
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
    'account.unlock': ({ password }) => account.unlock(password),
    'account.lock': () => account.lock(),
    'account.revealPhrase': ({ password }) => account.revealPhrase(password),
    'account.qr': async () => ({ svg: await account.qrSvg() }),
    'onboarding.generate': () => account.generate(),
    'onboarding.validatePhrase': ({ phrase }) => account.validatePhrase(phrase),
    'onboarding.complete': (params) => account.complete(params),
    'profile.setDisplayName': ({ displayName }) => account.setDisplayName(displayName),
    'security.setPassword': ({ password }) => account.setPassword(password),
    'security.changePassword': ({ current, next }) => account.changePassword(current, next),
    'security.removePassword': ({ password }) => account.removePassword(password),
  };
}
