/**
 * Hands the stores to the views. Views read state through the hooks below (a selector, or the
 * whole state) and call actions on it; the store objects themselves come from `useStores()`.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { Stores } from './stores';

const StoresContext = createContext<Stores | undefined>(undefined);

export function StoresProvider({ stores, children }: { stores: Stores; children: ReactNode }) {
  return <StoresContext.Provider value={stores}>{children}</StoresContext.Provider>;
}

export function useStores(): Stores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('useStores() outside <StoresProvider>');
  return stores;
}

type StateOf<K extends keyof Stores> = Stores[K] extends StoreApi<infer S> ? S : never;

function storeHook<K extends keyof Stores>(key: K) {
  function useOne(): StateOf<K>;
  function useOne<T>(select: (state: StateOf<K>) => T): T;
  function useOne<T>(select?: (state: StateOf<K>) => T): T | StateOf<K> {
    // Each key's store holds that key's state; TypeScript cannot see through the indexed union.
    const api = useStores()[key] as unknown as StoreApi<StateOf<K>>;
    return useStore<StoreApi<StateOf<K>>, T | StateOf<K>>(api, select ?? ((s: StateOf<K>) => s));
  }
  return useOne;
}

export const useApp = storeHook('app');
export const useSettings = storeHook('settings');
export const useAccount = storeHook('account');
export const useLock = storeHook('lock');
export const useOnboarding = storeHook('onboarding');
export const useProfile = storeHook('profile');
export const useSecurity = storeHook('security');
export const useNav = storeHook('nav');
export const useClipboard = storeHook('clipboard');
export const useClearData = storeHook('clearData');
export const useFocus = storeHook('focus');
export const useConversations = storeHook('conversations');
export const useRequests = storeHook('requests');
export const useChat = storeHook('chat');
export const useComposer = storeHook('composer');
export const useNewMessage = storeHook('newMessage');
export const useGroups = storeHook('groups');
export const useMessageActions = storeHook('messageActions');
export const useLinks = storeHook('links');
export const useLayout = storeHook('layout');
export const useNotifications = storeHook('notifications');
export const useAnnouncer = storeHook('announcer');
export const useMedia = storeHook('media');
export const useStaging = storeHook('staging');
export const useOwnAvatar = storeHook('avatar');
export const useSearch = storeHook('search');
export const useChatSearch = storeHook('chatSearch');
export const useBackup = storeHook('backup');
