import { t } from '../i18n/t';
import { useClipboard } from '../app/stores-context';

/** A button that copies `text`, followed by a polite confirmation once it did. */
export function CopyButton({ id, text, label }: { id: string; text: string; label: string }) {
  const copy = useClipboard((s) => s.copy);
  const last = useClipboard((s) => (s.last?.id === id ? s.last : undefined));
  return (
    <span className="copy">
      <button type="button" className="secondary" onClick={() => void copy(id, text)}>
        {label}
      </button>
      <span role="status" className="copy-status">
        {last && (last.ok ? t('common.copied') : t('common.copyFailed'))}
      </span>
    </span>
  );
}
