import { lazy, Suspense } from 'react';
import { t } from '../i18n/t';

/**
 * The full emoji picker (emoji-picker-react), loaded on first use so the main bundle stays small.
 * Native emoji only: the library's default image sets come from a CDN, which the renderer's CSP
 * (and its offline rule) forbid. Its stylesheet is applied by ./emoji-picker-styles.ts.
 */
const Picker = lazy(async () => {
  const [lib, styles] = await Promise.all([import('emoji-picker-react'), import('./emoji-picker-styles')]);
  const { default: EmojiPickerReact, EmojiStyle } = lib;
  // Its colours come from the app's own tokens (chat.css), so it follows the theme as it changes.
  function NativePicker({ onPick }: { onPick: (emoji: string) => void }) {
    styles.useAdoptedPickerStyles();
    return (
      <EmojiPickerReact
        emojiStyle={EmojiStyle.NATIVE}
        theme={lib.Theme.LIGHT}
        onEmojiClick={(e) => onPick(e.emoji)}
        lazyLoadEmojis
        autoFocusSearch
        previewConfig={{ showPreview: false }}
        searchPlaceholder={t('emoji.search')}
        width={340}
        height={400}
      />
    );
  }
  return { default: NativePicker };
});

export function EmojiPicker({ onPick }: { onPick: (emoji: string) => void }) {
  return (
    <Suspense fallback={<p className="hint">{t('emoji.loading')}</p>}>
      <Picker onPick={onPick} />
    </Suspense>
  );
}
