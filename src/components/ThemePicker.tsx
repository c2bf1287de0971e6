import { t } from '../i18n/t';
import { useThemeStore, type ThemeChoice } from '../stores/theme-store';

const CHOICES: readonly ThemeChoice[] = ['light', 'dark', 'system'];

export function ThemePicker() {
  const { choice, setChoice } = useThemeStore();
  return (
    <fieldset className="theme-picker">
      <legend>{t('theme.label')}</legend>
      {CHOICES.map((c) => (
        <label key={c}>
          <input type="radio" name="theme" value={c} checked={choice === c} onChange={() => setChoice(c)} />
          {t(`theme.${c}`)}
        </label>
      ))}
    </fieldset>
  );
}
