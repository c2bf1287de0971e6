/**
 * Config sync in the core's assembly: its part in onboarding and the profile (for the account
 * service), and its domain events carried to the bridge — a merged profile re-announces the
 * account, a restore's progress goes out as `sync.progress`.
 */
import type { AccountView, ProfileSync } from '../services/account/account-service';
import { configSyncModule } from '../services/config-sync/config-sync-service';
import type { DomainEventBus } from '../services/events';
import type { ModuleRegistry } from '../services/session/module';
import type { EventBus } from './events';

/** Config sync's ProfileSync, or none in a core built without the module (tests of other seams). */
export function profileSyncOf(modules: ModuleRegistry): () => ProfileSync | undefined {
  if (!modules.names().includes(configSyncModule.name)) return () => undefined;
  const sync = () => modules.get(configSyncModule);
  const it: ProfileSync = {
    restore: (signal) => sync().restore(signal),
    changed: (tx) => sync().profileChanged(tx),
  };
  return () => it;
}

export function forwardSyncEvents(
  domain: DomainEventBus,
  events: EventBus,
  accountView: () => AccountView,
): void {
  domain.on('profile.changed', () => events.emit('account.changed', accountView()));
  domain.on('sync.progress', (p) => events.emit('sync.progress', p));
}
