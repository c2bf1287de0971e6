/**
 * Our profile picture in Settings → Profile: choose an image (cropped here to its centred square,
 * at most 600 px, as a PNG drawn on a canvas, so no metadata of the original leaves), or remove it.
 */
import { useRef } from 'react';
import { useAccount, useOwnAvatar } from '../../app/stores-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { t } from '../../i18n/t';
import { PictureAvatar } from './PictureAvatar';

const MAX_SIDE = 600;

async function cropSquare(file: File): Promise<Blob | undefined> {
  const bitmap = await createImageBitmap(file);
  const side = Math.min(bitmap.width, bitmap.height);
  const out = Math.min(side, MAX_SIDE);
  const canvas = document.createElement('canvas');
  canvas.width = out;
  canvas.height = out;
  const ctx = canvas.getContext('2d');
  if (!ctx) return undefined;
  ctx.drawImage(bitmap, (bitmap.width - side) / 2, (bitmap.height - side) / 2, side, side, 0, 0, out, out);
  bitmap.close();
  return new Promise((resolve) => canvas.toBlob((b) => resolve(b ?? undefined), 'image/png'));
}

export function AvatarPicker() {
  const { own, busy, error, set, clear } = useOwnAvatar();
  const account = useAccount((s) => s.account);
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="settings-group avatar-picker">
      <h3>{t('avatar.heading')}</h3>
      <PictureAvatar
        id={account?.sessionId ?? ''}
        name={account?.displayName ?? ''}
        size={80}
        picture={own}
      />
      <input
        ref={input}
        type="file"
        accept="image/png,image/jpeg,image/gif,image/webp"
        hidden
        data-testid="avatar-input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void cropSquare(file).then((b) => b && set(b));
        }}
      />
      <div className="actions">
        <button type="button" className="secondary" disabled={busy} onClick={() => input.current?.click()}>
          {t('avatar.choose')}
        </button>
        {own && (
          <button type="button" className="secondary" disabled={busy} onClick={() => void clear()}>
            {t('avatar.remove')}
          </button>
        )}
      </div>
      <p role="status">{busy && t('avatar.busy')}</p>
      <ErrorAlert error={error} />
    </div>
  );
}
