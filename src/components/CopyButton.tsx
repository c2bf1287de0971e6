import { t } from '../i18n/t';
import { useClipboardStore } from '../stores/clipboard-store';

/** A button that copies `text`, followed by a polite confirmation once it did. */
export function CopyButton({ id, text, label }: { id: string; text: string; label: string }) {
  const copy = useClipboardStore((s) => s.copy);
  const last = useClipboardStore((s) => (s.last?.id === id ? s.last : undefined));
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
