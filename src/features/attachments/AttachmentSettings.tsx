/**
 * The attachment settings (Settings → Conversations): automatic download of images and voice notes
 * (always / on click), and the file server uploads go to — the network's own, or a custom one
 * given by its address and Ed25519 public key. Downloads always follow the server each pointer names.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useMedia } from '../../app/stores-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formText } from '../../components/form-text';
import { t } from '../../i18n/t';

function AutoDownload() {
  const value = useMedia((s) => s.settings?.autoDownload);
  const setSettings = useMedia((s) => s.setSettings);
  return (
    <div className="toggle-row">
      <div className="toggle-text">
        <label htmlFor="setting-autoDownload">{t('files.settings.autoDownload')}</label>
        <p className="hint">{t('files.settings.autoDownloadHint')}</p>
      </div>
      <input
        id="setting-autoDownload"
        type="checkbox"
        role="switch"
        className="switch"
        disabled={value === undefined}
        checked={value === 'always'}
        onChange={(e) => void setSettings({ autoDownload: e.currentTarget.checked ? 'always' : 'on-click' })}
      />
    </div>
  );
}

function FileServer() {
  const server = useMedia((s) => s.settings?.fileServer);
  const error = useMedia((s) => s.settingsError);
  const setSettings = useMedia((s) => s.setSettings);
  const [choice, setCustom] = useState<boolean | undefined>(undefined);
  const custom = choice ?? !!server;
  const [saved, setSaved] = useState(false);
  const onSubmit = (e: FormEvent<HTMLFormElement>): void => {
    e.preventDefault();
    const form = e.currentTarget;
    const fileServer = custom
      ? { url: formText(form, 'url').trim(), publicKey: formText(form, 'publicKey').trim() }
      : null;
    void setSettings({ fileServer }).then(setSaved);
  };
  return (
    <form className="settings-group form" onSubmit={onSubmit} noValidate>
      <h3>{t('files.settings.server')}</h3>
      <label className="radio">
        <input type="radio" name="which" checked={!custom} onChange={() => setCustom(false)} />
        {t('files.settings.serverDefault')}
      </label>
      <label className="radio">
        <input type="radio" name="which" checked={custom} onChange={() => setCustom(true)} />
        {t('files.settings.serverCustom')}
      </label>
      {custom && (
        <>
          <div className="field">
            <label htmlFor="file-server-url">{t('files.settings.serverUrl')}</label>
            <input id="file-server-url" name="url" maxLength={255} defaultValue={server?.url ?? ''} />
          </div>
          <div className="field">
            <label htmlFor="file-server-key">{t('files.settings.serverKey')}</label>
            <input
              id="file-server-key"
              name="publicKey"
              className="mono"
              maxLength={64}
              defaultValue={server?.publicKey ?? ''}
            />
          </div>
        </>
      )}
      <ErrorAlert error={error} />
      <p role="status" className="ok">
        {saved && t('files.settings.saved')}
      </p>
      <div className="actions">
        <button type="submit" className="secondary">
          {t('files.settings.save')}
        </button>
      </div>
    </form>
  );
}

export function AttachmentSettings() {
  const load = useMedia((s) => s.loadSettings);
  useEffect(() => void load(), [load]);
  return (
    <section aria-label={t('files.settings.heading')}>
      <AutoDownload />
      <FileServer />
    </section>
  );
}
