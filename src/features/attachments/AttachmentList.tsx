/**
 * The files of one message bubble: images as thumbnails (their aspect ratio kept; a click opens the
 * lightbox), voice notes as a small player, other files as cards with name, size and type. Each
 * shows its transfer state: download on click, progress with cancel, failed with retry, expired.
 */
import { useState } from 'react';
import type { AttachmentView, MessageView } from '../../../electron/bridge/methods/messages';
import { useMedia } from '../../app/stores-context';
import { Icon } from '../../components/icons';
import { errorText } from '../../i18n/t';
import { t } from '../../i18n/t';
import { durationText, sizeText, thumbBox } from './file-text';
import { Lightbox } from './Lightbox';
import { useMediaUrl } from './use-media-url';

const isImage = (a: AttachmentView): boolean => (a.contentType ?? '').startsWith('image/');
const nameOf = (a: AttachmentView): string => a.fileName ?? t('bubble.attachmentUnnamed');

function Transfer({ a }: { a: AttachmentView }) {
  const live = useMedia((s) => s.progress[a.id]);
  const error = useMedia((s) => s.errors[a.id]);
  const { download, cancel } = useMedia();
  const percent = Math.round((live ?? a.progress ?? 0) * 100);
  if (a.state === 'downloading' || a.state === 'uploading') {
    return (
      <span className="file-transfer">
        <progress
          max={100}
          value={percent}
          aria-label={
            a.state === 'uploading'
              ? t('files.uploading', { percent })
              : t('files.downloading', { name: nameOf(a), percent })
          }
        />
        <button type="button" className="link-button" onClick={() => void cancel(a.id)}>
          {t('files.cancel')}
        </button>
      </span>
    );
  }
  if (a.state === 'expired') return <span className="file-note">{t('files.expired')}</span>;
  if (a.state === 'rejected') return <span className="file-note">{t('files.rejected')}</span>;
  if (a.state === 'pending' || a.state === 'failed') {
    return (
      <span className="file-transfer">
        {a.state === 'failed' && <span className="file-note error">{t('files.failed')}</span>}
        {error && <span className="file-note error">{errorText(error)}</span>}
        <button type="button" className="secondary small" onClick={() => void download(a.id)}>
          <Icon name="download" size={16} />
          {a.state === 'failed' ? t('files.retry') : t('files.download', { name: nameOf(a) })}
        </button>
      </span>
    );
  }
  return null;
}

function ImageTile({ a, onOpen }: { a: AttachmentView; onOpen: () => void }) {
  const url = useMediaUrl(a.state === 'ready' ? { kind: 'attachment', id: a.id } : undefined);
  const box = thumbBox(a.width, a.height);
  return (
    <div className="file-image" style={box}>
      {url ? (
        <button
          type="button"
          className="file-image-open"
          onClick={onOpen}
          aria-label={t('files.image', { name: nameOf(a) })}
        >
          <img src={url} alt="" decoding="async" width={box.width} height={box.height} />
        </button>
      ) : (
        <div className="file-image-placeholder" aria-label={t('files.image', { name: nameOf(a) })}>
          <Transfer a={a} />
        </div>
      )}
    </div>
  );
}

function VoiceNote({ a }: { a: AttachmentView }) {
  const url = useMediaUrl(a.state === 'ready' ? { kind: 'attachment', id: a.id } : undefined);
  return (
    <div className="file-voice">
      <span className="file-name">{t('files.voice')}</span>
      {a.durationMs !== null && <span className="file-meta">{durationText(a.durationMs)}</span>}
      {url ? (
        <audio controls preload="metadata" src={url} aria-label={t('files.voice')} />
      ) : (
        <Transfer a={a} />
      )}
    </div>
  );
}

function FileCard({ a }: { a: AttachmentView }) {
  const save = useMedia((s) => s.save);
  return (
    <div className="file-card">
      <Icon name="file" />
      <span className="file-text">
        <span className="file-name">{nameOf(a)}</span>
        <span className="file-meta">
          {sizeText(a.size)}
          {a.contentType ? ` · ${a.contentType}` : ''}
        </span>
      </span>
      {a.state === 'ready' ? (
        <button type="button" className="secondary small" onClick={() => void save(a.id, nameOf(a))}>
          {t('files.save', { name: nameOf(a) })}
        </button>
      ) : (
        <Transfer a={a} />
      )}
    </div>
  );
}

export function AttachmentList({ m }: { m: MessageView }) {
  const [open, setOpen] = useState<number | undefined>(undefined);
  const images = m.attachments.filter((a) => isImage(a) && a.state === 'ready');
  return (
    <div className="attachments" data-testid="attachments">
      {m.attachments.map((a) => {
        if (a.voice || ((a.contentType ?? '').startsWith('audio/') && a.state !== 'rejected'))
          return <VoiceNote key={a.id} a={a} />;
        if (isImage(a) && a.state !== 'rejected')
          return (
            <ImageTile key={a.id} a={a} onOpen={() => setOpen(images.findIndex((i) => i.id === a.id))} />
          );
        return <FileCard key={a.id} a={a} />;
      })}
      {open !== undefined && open >= 0 && images.length > 0 && (
        <Lightbox images={images} start={open} onClose={() => setOpen(undefined)} />
      )}
    </div>
  );
}
