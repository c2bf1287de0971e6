/**
 * Backups as the renderer sees them (issue 15): the running job (from `backup.progress`), how the
 * last one ended (`backup.finished`), the automatic schedule, and the calls that start, cancel and
 * set them up; also a restore from onboarding and conversation exports. Jobs belong to the core:
 * a reloaded window learns the running one from `backup.status`. Passphrases pass through the
 * calls only and are never kept here.
 */
import { createStore } from 'zustand/vanilla';
import type { BridgeError, EventPayload, Params, Result, ShallotBridge } from '../../bridge/bridge';

export type BackupStatus = Result<'backup.status'>;
export type BackupJob = NonNullable<BackupStatus['job']>;
export type BackupSchedule = NonNullable<BackupStatus['schedule']>;
export type BackupFinished = EventPayload<'backup.finished'>;

export type BackupState = {
  status?: BackupStatus;
  /** The job running now, if any (ours or scheduled). */
  job?: BackupJob;
  /** How the last job this window saw ended. */
  finished?: BackupFinished;
  busy: boolean;
  error?: BridgeError;
  /** A conversation export's answer: where it was saved. */
  exported?: Result<'backup.exportConversation'>;
  /** Follows the jobs' events; returns the unsubscribe. */
  start: () => () => void;
  load: () => Promise<void>;
  create: (path: string, passphrase: string) => Promise<boolean>;
  cancel: () => Promise<void>;
  setSchedule: (input: Params<'backup.setSchedule'>) => Promise<boolean>;
  clearSchedule: () => Promise<void>;
  runNow: () => Promise<void>;
  restore: (input: Params<'backup.restore'>) => Promise<boolean>;
  exportConversation: (input: Params<'backup.exportConversation'>) => Promise<boolean>;
  /** Rebuilds the message search index (the repair for `search-index-damaged`). */
  rebuildIndex: () => Promise<void>;
  indexRebuilt: boolean;
  dismiss: () => void;
};

export function createBackupStore(bridge: ShallotBridge) {
  return createStore<BackupState>()((set, get) => {
    /** One call at a time from this store; its error (if any) is shown until the next call. */
    const guard = async <T>(
      fn: () => Promise<{ ok: true; value: T } | { ok: false; error: BridgeError }>,
    ) => {
      set({ busy: true, error: undefined });
      const r = await fn();
      set({ busy: false, ...(r.ok ? {} : { error: r.error }) });
      return r;
    };
    const startJob = async (
      r: Promise<{ ok: true; value: { jobId: string } } | { ok: false; error: BridgeError }>,
    ) => {
      const answer = await guard(() => r);
      if (answer.ok) set({ finished: undefined });
      return answer.ok;
    };
    return {
      busy: false,
      start() {
        const offProgress = bridge.on('backup.progress', (job) => set({ job }));
        const offFinished = bridge.on('backup.finished', (finished) => {
          set({ job: undefined, finished });
          void get().load();
        });
        return () => {
          offProgress();
          offFinished();
        };
      },
      async load() {
        const r = await bridge.call('backup.status', {});
        if (r.ok) set({ status: r.value, job: r.value.job ?? get().job });
      },
      create: (path, passphrase) => startJob(bridge.call('backup.create', { path, passphrase })),
      async cancel() {
        const job = get().job;
        if (job) await guard(() => bridge.call('backup.cancel', { jobId: job.jobId }));
      },
      async setSchedule(input) {
        const r = await guard(() => bridge.call('backup.setSchedule', input));
        if (r.ok) await get().load();
        return r.ok;
      },
      async clearSchedule() {
        const r = await guard(() => bridge.call('backup.clearSchedule', {}));
        if (r.ok) await get().load();
      },
      async runNow() {
        await guard(() => bridge.call('backup.runScheduleNow', {}));
      },
      restore: (input) => startJob(bridge.call('backup.restore', input)),
      async exportConversation(input) {
        set({ exported: undefined });
        const r = await guard(() => bridge.call('backup.exportConversation', input));
        if (r.ok) set({ exported: r.value });
        return r.ok;
      },
      indexRebuilt: false,
      async rebuildIndex() {
        set({ indexRebuilt: false });
        const r = await guard(() => bridge.call('search.rebuildIndex', {}));
        if (r.ok) set({ indexRebuilt: true });
      },
      dismiss: () => set({ finished: undefined, error: undefined, exported: undefined, indexRebuilt: false }),
    };
  });
}

export type BackupStore = ReturnType<typeof createBackupStore>;
