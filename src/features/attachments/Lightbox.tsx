import { useState, type KeyboardEvent } from 'react';
import type { AttachmentView } from '../../../electron/bridge/methods/messages';
import { useMedia } from '../../app/stores-context';
import { Dialog } from '../../components/Dialog';
import { Icon } from '../../components/icons';
import { t } from '../../i18n/t';
import { useMediaUrl } from './use-media-url';

/** A message's images one at a time, full size: previous/next (buttons and arrow keys), save as. */
export function Lightbox({
  images,
  start,
  onClose,
}: {
  images: readonly AttachmentView[];
  start: number;
  onClose: () => void;
}) {
  const [at, setAt] = useState(start);
  const image = images[Math.min(at, images.length - 1)]!;
  const url = useMediaUrl({ kind: 'attachment', id: image.id });
  const save = useMedia((s) => s.save);
  const name = image.fileName ?? t('bubble.attachmentUnnamed');
  const step = (by: number): void => setAt((i) => (i + by + images.length) % images.length);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.key === 'ArrowLeft') step(-1);
    else if (e.key === 'ArrowRight') step(1);
  };
  return (
    <Dialog labelledBy="lightbox-heading" onClose={onClose} className="lightbox">
      <div className="lightbox-body" onKeyDown={onKeyDown} data-testid="lightbox">
        <h2 id="lightbox-heading" className="sr-only">
          {t('files.lightbox')}
        </h2>
        {url && <img src={url} alt={t('files.image', { name })} className="lightbox-image" />}
        <div className="lightbox-tools">
          {images.length > 1 && (
            <button
              type="button"
              className="icon-button"
              aria-label={t('files.previous')}
              onClick={() => step(-1)}
            >
              <Icon name="back" />
            </button>
          )}
          <span className="lightbox-count">
            {at + 1} / {images.length}
          </span>
          {images.length > 1 && (
            <button
              type="button"
              className="icon-button"
              aria-label={t('files.next')}
              onClick={() => step(1)}
            >
              <Icon name="next" />
            </button>
          )}
          <button type="button" className="secondary small" onClick={() => void save(image.id, name)}>
            {t('files.save', { name })}
          </button>
          <button type="button" className="icon-button" aria-label={t('files.close')} onClick={onClose}>
            <Icon name="close" />
          </button>
        </div>
      </div>
    </Dialog>
  );
}
