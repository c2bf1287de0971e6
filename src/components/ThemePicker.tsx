import { t } from '../i18n/t';
import { useSettingsStore } from '../stores/settings-store';
import type { ThemeChoice } from '../stores/theme-store';

const CHOICES: readonly ThemeChoice[] = ['light', 'dark', 'system'];

export function ThemePicker() {
  const choice = useSettingsStore((s) => s.settings?.theme ?? 'system');
  const setTheme = useSettingsStore((s) => s.setTheme);
  return (
    <fieldset className="theme-picker">
      <legend>{t('theme.label')}</legend>
      {CHOICES.map((c) => (
        <label key={c}>
          <input
            type="radio"
            name="theme"
            value={c}
            checked={choice === c}
            onChange={() => void setTheme(c)}
          />
          {t(`theme.${c}`)}
        </label>
      ))}
    </fieldset>
  );
}
