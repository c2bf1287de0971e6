import type { Logger } from '../log';
import type { EventBus } from './events';

export type HostKind = 'electron' | 'web' | 'cli' | 'test';

/** What every handler may read about the running core. */
export interface CoreContext {
  readonly appName: string;
  readonly version: string;
  readonly dataDir: string;
  readonly networkName: string;
  readonly host: HostKind;
  readonly logger: Logger;
  readonly events: EventBus;
  uptimeMs(): number;
}
