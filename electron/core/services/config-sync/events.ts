/**
 * What config sync tells the rest of the core. Changes to conversations and messages go out as
 * messaging's own events (`conversations.changed`, `messages.changed`); these are its own.
 */
export type SyncPhase = 'connecting' | 'fetching' | 'applying' | 'done' | 'timed-out' | 'offline';

export interface SyncProgress {
  readonly phase: SyncPhase;
  /** Config messages merged so far in this restore. */
  readonly merged: number;
  /** Contacts and conversations the account holds now. */
  readonly contacts: number;
  readonly conversations: number;
}

declare module '../events' {
  interface DomainEvents {
    /** Our own profile (name, avatar) changed from a merged config: the api re-reads the account. */
    'profile.changed': { readonly displayName: string | null };
    /** How a restore's first fetch of the configs is going (onboarding shows it). */
    'sync.progress': SyncProgress;
  }
}
