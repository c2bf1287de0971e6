import { useState } from 'react';
import type { MessageView } from '../../../electron/bridge/methods/messages';
import { useStores } from '../../app/stores-context';
import { Dialog } from '../../components/Dialog';
import { EmojiPicker } from '../../components/EmojiPicker';
import { t } from '../../i18n/t';

/** Session Desktop's quick reactions (session-desktop `ts/session/constants.ts` DEFAULT_RECENT_REACTS). */
export const QUICK_REACTIONS = ['😂', '🥰', '😢', '😡', '😮', '😈'] as const;

/** React to a message: one of the quick set, or any emoji from the full picker. */
export function ReactionPicker({ message, onClose }: { message: MessageView; onClose: () => void }) {
  const { messageActions } = useStores();
  const [full, setFull] = useState(false);
  const pick = (emoji: string): void => {
    onClose();
    void messageActions.getState().react(message, emoji);
  };
  return (
    <Dialog labelledBy="react-heading" onClose={onClose} className="picker-dialog">
      <h2 id="react-heading" className="sr-only">
        {t('message.react')}
      </h2>
      <div className="quick-reactions" role="group" aria-label={t('message.quickReactions')}>
        {QUICK_REACTIONS.map((emoji) => (
          <button
            key={emoji}
            type="button"
            className="quick-emoji"
            aria-label={t('message.reactWith', { emoji })}
            onClick={() => pick(emoji)}
          >
            {emoji}
          </button>
        ))}
        <button type="button" className="secondary" aria-expanded={full} onClick={() => setFull(!full)}>
          {t('emoji.more')}
        </button>
      </div>
      {full && <EmojiPicker onPick={pick} />}
      <div className="actions dialog-actions">
        <button type="button" className="secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
