import { useState } from 'react';
import { t } from '../../i18n/t';
import { ClearDataDialog } from './ClearDataDialog';

/** "Log out / clear data": this device forgets the account; the phrase brings it back. */
export function ClearDataSection() {
  const [open, setOpen] = useState(false);
  return (
    <div className="settings-group">
      <p>{t('clearData.intro')}</p>
      <p className="hint">{t('clearData.phraseNeeded')}</p>
      <div className="actions">
        <button type="button" className="danger" onClick={() => setOpen(true)}>
          {t('clearData.open')}
        </button>
      </div>
      {open && <ClearDataDialog restore={false} onClose={() => setOpen(false)} />}
    </div>
  );
}
