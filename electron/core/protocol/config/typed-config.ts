import type { ConfigState, ConfigPush, IncomingConfigMessage } from './config-state';
import { ConfigFields } from './fields';
import type { MultipartSets } from './multipart-sets';

/**
 * The base of the typed configs: a ConfigState, raw field access, the injected clock, and the sync
 * interface every config kind offers alike (merge, push, confirmPushed, dump, hashes).
 */
export interface ConfigLoadOptions {
  /** A previous `dump()`, to resume from. */
  readonly dump?: Uint8Array;
  /** Milliseconds since the epoch; defaults to Date.now. */
  readonly clock?: () => number;
  /** Multipart bookkeeping with other time limits (tests). */
  readonly multipart?: MultipartSets;
}

export abstract class TypedConfig {
  readonly state: ConfigState;
  /** Raw field access (unknown keys included); the typed methods are built on it. */
  readonly fields: ConfigFields;
  protected readonly clock: () => number;

  protected constructor(state: ConfigState, clock: () => number) {
    this.state = state;
    this.fields = new ConfigFields(state);
    this.clock = clock;
  }

  /** Unix seconds now, from the injected clock. */
  protected nowSeconds(): number {
    return Math.floor(this.clock() / 1000);
  }

  /** Work a type does before every push (ConvoInfoVolatile drops stale entries). */
  protected beforePush(): void {}

  // The sync interface, the same for every config kind (see ConfigState for the details).
  merge(messages: readonly IncomingConfigMessage[]): string[] {
    return this.state.merge(messages);
  }
  push(): ConfigPush {
    this.beforePush();
    return this.state.push();
  }
  confirmPushed(seqno: bigint, hashes: Iterable<string>): void {
    this.state.confirmPushed(seqno, hashes);
  }
  dump(): Uint8Array {
    return this.state.dump();
  }
  get needsPush(): boolean {
    return this.state.needsPush;
  }
  get needsDump(): boolean {
    return this.state.needsDump;
  }
  get seqno(): bigint {
    return this.state.seqno;
  }
  currentHashes(): string[] {
    return this.state.currentHashes();
  }
  activeHashes(): string[] {
    return this.state.activeHashes();
  }
}
