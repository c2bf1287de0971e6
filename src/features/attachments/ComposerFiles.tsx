/**
 * The composer's files: the attach button (a file picker), the list of files being handed over
 * with their state and a remove button, and the handlers that take dropped or pasted files. The
 * composer renders these and sends the staging store's upload ids with its text.
 */
import { useRef, useState, type ClipboardEvent, type DragEvent } from 'react';
import { useStaging } from '../../app/stores-context';
import { Icon } from '../../components/icons';
import { errorText, t } from '../../i18n/t';
import { sizeText } from './file-text';

export function AttachButton() {
  const add = useStaging((s) => s.add);
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="icon-button"
        aria-label={t('files.attach')}
        onClick={() => input.current?.click()}
      >
        <Icon name="attach" />
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        data-testid="attach-input"
        onChange={(e) => {
          add([...(e.currentTarget.files ?? [])]);
          e.currentTarget.value = '';
        }}
      />
    </>
  );
}

export function StagedFiles() {
  const { items, remove } = useStaging();
  if (items.length === 0) return null;
  return (
    <ul className="staged-files" aria-label={t('files.attach')}>
      {items.map((i) => (
        <li key={i.key} className={`staged-file ${i.state}`}>
          <Icon name={i.voice ? 'mic' : 'file'} size={16} />
          <span className="file-name">{i.name || t('bubble.attachmentUnnamed')}</span>
          <span className="file-meta">{sizeText(i.size)}</span>
          {i.state === 'reading' && (
            <progress
              max={100}
              value={Math.round(i.progress * 100)}
              aria-label={t('files.reading', { name: i.name })}
            />
          )}
          {i.error && (
            <span role="alert" className="error">
              {errorText(i.error)}
            </span>
          )}
          <button
            type="button"
            className="icon-button small"
            aria-label={t('files.remove', { name: i.name })}
            onClick={() => remove(i.key)}
          >
            <Icon name="close" size={14} />
          </button>
        </li>
      ))}
    </ul>
  );
}

const hasFiles = (e: DragEvent): boolean => [...e.dataTransfer.types].includes('Files');

/**
 * What the composer needs of its files: the upload ids to send (undefined while one is still being
 * handed over or failed), a send that clears them once the core took the message, and drop/paste.
 */
export function useComposerFiles(send: (attachments: readonly string[]) => Promise<unknown>) {
  const staging = useStaging();
  const add = staging.add;
  const [over, setOver] = useState(false);
  const staged = staging.readyIds();
  return {
    staged,
    sendAll: async (): Promise<void> => {
      if (!staged) return;
      if (await send(staged)) staging.clear();
    },
    over,
    onDragOver: (e: DragEvent<HTMLElement>): void => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setOver(true);
    },
    onDragLeave: (): void => setOver(false),
    onDrop: (e: DragEvent<HTMLElement>): void => {
      setOver(false);
      if (!hasFiles(e)) return;
      e.preventDefault();
      add([...e.dataTransfer.files]);
    },
    /** True when the paste carried files (and was taken). */
    pasteFiles: (e: ClipboardEvent<HTMLElement>): boolean => {
      const files = [...e.clipboardData.files];
      if (files.length === 0) return false;
      e.preventDefault();
      add(files);
      return true;
    },
  };
}
