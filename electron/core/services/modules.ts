/**
 * Every module of the core, in start order (stopped in reverse). A new floor adds its module's
 * definition here — one line — and reaches it from its api handlers with `modules.get(def)`.
 */
import type { ModuleDefinition } from './session/module';
import { attachmentsModule } from './attachments/attachments-service';
import { backupModule } from './backup/backup-service';
import { configSyncModule } from './config-sync/config-sync-service';
import { groupsModule } from './groups/groups-service';
import { messagingModule } from './messaging/messaging-service';
import { searchModule } from './search/search-service';
import { settingsModule } from './settings/settings-service';

export const CORE_MODULES: readonly ModuleDefinition[] = [
  settingsModule,
  messagingModule,
  configSyncModule,
  groupsModule,
  attachmentsModule,
  searchModule,
  backupModule,
];
