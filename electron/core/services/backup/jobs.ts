/**
 * Backup work runs as one job at a time — an export (by hand or scheduled) or a restore — started
 * by a call that answers at once with the job's id; progress and the outcome arrive as domain
 * events (the bridge's `backup.progress` and `backup.finished`), so a job outlives any call's
 * timeout and a window can be reloaded meanwhile. `cancel` aborts it; what it wrote is removed.
 */
import { randomBytes } from 'node:crypto';
import { errorCode } from '../../errors';
import type { Logger } from '../../log';
import type { DomainEventBus } from '../events';
import { BackupError } from './backup-error';
import type { BackupPhase, BackupProgress } from './export';

export type BackupJobKind = 'export' | 'scheduled' | 'restore';

export interface BackupJobView {
  readonly jobId: string;
  readonly kind: BackupJobKind;
  readonly phase: BackupPhase;
  readonly fraction: number;
}

export interface BackupDone {
  readonly file?: string;
  readonly bytes?: number;
  readonly createdAt?: number;
}

export type BackupFinished =
  | ({ readonly jobId: string; readonly kind: BackupJobKind; readonly ok: true } & BackupDone)
  | {
      readonly jobId: string;
      readonly kind: BackupJobKind;
      readonly ok: false;
      /** The job's error: the api turns it into a wire code (never logged with its message). */
      readonly error: unknown;
    };

declare module '../events' {
  interface DomainEvents {
    'backup.progress': BackupJobView;
    'backup.finished': BackupFinished;
  }
}

export interface JobContext {
  readonly signal: AbortSignal;
  readonly progress: (p: BackupProgress) => void;
}

interface Running {
  view: BackupJobView;
  readonly controller: AbortController;
  done: Promise<void>;
}

export class BackupJobs {
  private running: Running | undefined;

  constructor(
    private readonly events: DomainEventBus,
    private readonly log: Logger,
  ) {}

  current(): BackupJobView | undefined {
    return this.running?.view;
  }

  /** Starts `work` as the one job; backup-busy while another runs. */
  start(
    kind: BackupJobKind,
    firstPhase: BackupPhase,
    work: (ctx: JobContext) => Promise<BackupDone>,
  ): string {
    if (this.running) throw new BackupError('backup-busy', 'Another backup or restore is running.');
    const jobId = randomBytes(8).toString('hex');
    const running: Running = {
      view: { jobId, kind, phase: firstPhase, fraction: 0 },
      controller: new AbortController(),
      done: Promise.resolve(),
    };
    this.running = running;
    const progress = (p: BackupProgress): void => {
      running.view = { jobId, kind, phase: p.phase, fraction: p.fraction };
      this.events.emit('backup.progress', running.view);
    };
    running.done = this.run(running, () => work({ signal: running.controller.signal, progress }));
    return jobId;
  }

  private async run(running: Running, work: () => Promise<BackupDone>): Promise<void> {
    const { jobId, kind } = running.view;
    // The caller gets its job id before anything of the job happens, even a synchronous failure.
    await Promise.resolve();
    let finished: BackupFinished;
    try {
      finished = { jobId, kind, ok: true, ...(await work()) };
      this.log.info('backup job done', { kind });
    } catch (e) {
      // Whatever a cancelled job threw on its way out (an AbortError too), it was cancelled.
      const error = running.controller.signal.aborted
        ? new BackupError('backup-cancelled', 'The backup was cancelled.', { cause: e })
        : e;
      this.log.warn('backup job failed', { kind, code: errorCode(error) });
      finished = { jobId, kind, ok: false, error };
    }
    this.running = undefined;
    this.events.emit('backup.finished', finished);
  }

  cancel(jobId: string): void {
    if (this.running?.view.jobId !== jobId)
      throw new BackupError('backup-not-found', 'No such backup job is running.');
    this.running.controller.abort();
  }

  /** Aborts the running job of `kinds` and waits until it has cleaned up (the session is closing). */
  async stop(kinds: readonly BackupJobKind[]): Promise<void> {
    const r = this.running;
    if (!r || !kinds.includes(r.view.kind)) return;
    r.controller.abort();
    await r.done;
  }
}
