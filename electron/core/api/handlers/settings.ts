import type { SettingsService } from '../../services/settings/settings-service';
import type { Handlers } from '../dispatcher';

export function settingsHandlers(settings: SettingsService): Pick<Handlers, 'settings.get' | 'settings.set'> {
  return {
    'settings.get': () => settings.get(),
    'settings.set': (patch) => settings.set(patch),
  };
}
