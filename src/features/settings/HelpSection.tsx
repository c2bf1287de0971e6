import { t } from '../../i18n/t';
import { AboutPanel } from '../about/AboutPanel';

const SHORTCUTS = [
  ['help.keys.new', 'Ctrl/⌘ + N'],
  ['help.keys.search', 'Ctrl/⌘ + K'],
  ['help.keys.switch', 'Alt + ↑ / ↓'],
  ['help.keys.settings', 'Ctrl/⌘ + ,'],
  ['help.keys.send', 'Enter'],
  ['help.keys.newline', 'Shift + Enter'],
  ['help.keys.menu', 'Shift + F10'],
  ['help.keys.close', 'Esc'],
] as const;

export function HelpSection() {
  return (
    <>
      <AboutPanel />
      <section className="settings-group" aria-labelledby="keys-heading">
        <h3 id="keys-heading">{t('help.keys')}</h3>
        <dl className="facts">
          {SHORTCUTS.map(([what, keys]) => (
            <div key={what} className="fact-row">
              <dt>{t(what)}</dt>
              <dd>
                <kbd>{keys}</kbd>
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}
