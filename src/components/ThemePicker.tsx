import { t } from '../i18n/t';
import type { ThemeChoice } from '../stores/theme-store';
import { useSettings } from '../app/stores-context';

const CHOICES: readonly ThemeChoice[] = ['light', 'dark', 'system'];

export function ThemePicker() {
  const choice = useSettings((s) => s.settings?.theme ?? 'system');
  const setTheme = useSettings((s) => s.setTheme);
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
