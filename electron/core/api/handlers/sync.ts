/** The profile, contacts and sync methods over the config-sync module. */
import type { ContactView } from '../../../bridge/methods/contacts';
import type { SessionId } from '../../crypto/ids';
import type { ConfigSyncService } from '../../services/config-sync/config-sync-service';
import {
  contactOf,
  listContacts,
  profileOf,
  setContactBlocked,
  setContactNickname,
} from '../../services/config-sync/contact-actions';
import type { DomainEventBus } from '../../services/events';
import type { Handlers } from '../dispatcher';

type Methods = 'profile.get' | 'contacts.list' | 'contacts.setBlocked' | 'contacts.setNickname' | 'sync.now';

export function syncHandlers(
  module: () => ConfigSyncService,
  events: DomainEventBus,
): Pick<Handlers, Methods> {
  const a = () => module().current();
  const contact = (id: string): ContactView => contactOf(a(), id as SessionId);
  return {
    'profile.get': () => profileOf(a()),
    'contacts.list': () => listContacts(a()),
    'contacts.setBlocked': ({ sessionId, blocked }) => {
      setContactBlocked(a(), events, sessionId as SessionId, blocked);
      return contact(sessionId);
    },
    'contacts.setNickname': ({ sessionId, nickname }) => {
      setContactNickname(a(), events, sessionId as SessionId, nickname);
      return contact(sessionId);
    },
    'sync.now': async (_params, { signal }) => ({ pushed: [...(await module().syncNow(signal)).pushed] }),
  };
}
