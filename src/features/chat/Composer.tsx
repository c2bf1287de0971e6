import { useEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent, type RefObject } from 'react';
import type { ConversationView } from '../../../electron/bridge/methods/conversations';
import type { MessageView } from '../../../electron/bridge/methods/messages';
import { useChat, useComposer } from '../../app/stores-context';
import { Dialog } from '../../components/Dialog';
import { EmojiPicker } from '../../components/EmojiPicker';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Icon } from '../../components/icons';
import { t } from '../../i18n/t';
import { codePoints, MAX_BODY_CODE_POINTS } from '../../stores/messenger/composer-store';
import { AttachButton, StagedFiles, useComposerFiles } from '../attachments/ComposerFiles';
import { VoiceRecorder } from '../attachments/VoiceRecorder';

/** Show the count this close to the limit. */
const COUNT_FROM = MAX_BODY_CODE_POINTS - 200;

function disabledReason(c: ConversationView | undefined): string | undefined {
  if (!c) return undefined;
  if (!c.sendability.canSend) return t(`composer.cannot.${c.sendability.reason}`);
  return undefined;
}

/** Normalises pasted text: line endings, and no invisible direction overrides from the clipboard. */
function cleanPaste(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\u202a-\u202e\u2066-\u2069]/g, '');
}

/** Puts pasted text in at the caret, cleaned (see cleanPaste). */
function pasteText(e: ClipboardEvent<HTMLTextAreaElement>, text: string, setText: (t: string) => void): void {
  const pasted = e.clipboardData.getData('text/plain');
  if (!pasted) return;
  e.preventDefault();
  const el = e.currentTarget;
  const piece = cleanPaste(pasted);
  const caret = el.selectionStart + piece.length;
  setText(text.slice(0, el.selectionStart) + piece + text.slice(el.selectionEnd));
  requestAnimationFrame(() => el.setSelectionRange(caret, caret));
}

function ReplyingTo({ quote, onCancel }: { quote: MessageView; onCancel: () => void }) {
  return (
    <div className="composer-quote">
      <span className="quote-author">
        {t('composer.replyTo', { name: quote.outgoing ? t('notice.you') : quote.sender.displayName })}
      </span>
      <span className="quote-text">{quote.body ?? ''}</span>
      <button
        type="button"
        className="icon-button small"
        onClick={onCancel}
        aria-label={t('composer.cancelReply')}
      >
        <Icon name="close" size={16} />
      </button>
    </div>
  );
}

function EmojiDialog({ onPick, onClose }: { onPick: (emoji: string) => void; onClose: () => void }) {
  return (
    <Dialog labelledBy="emoji-heading" onClose={onClose} className="picker-dialog">
      <h2 id="emoji-heading" className="sr-only">
        {t('composer.emoji')}
      </h2>
      <EmojiPicker onPick={onPick} />
    </Dialog>
  );
}

/** A chat just started elsewhere (New message) asks for the composer's focus once. */
function useFocusWhenAsked(input: RefObject<HTMLTextAreaElement | null>, reason: string | undefined): void {
  const focusPending = useChat((s) => s.composerFocusPending);
  const focusComposer = useChat((s) => s.focusComposer);
  useEffect(() => {
    if (!focusPending) return;
    if (!reason) input.current?.focus();
    focusComposer(false);
  }, [focusPending, reason, focusComposer, input]);
}

export function Composer() {
  const { text, quote, sending, error, setText, insert, send, cancelReply } = useComposer();
  const conversation = useChat((s) => s.conversation);
  const input = useRef<HTMLTextAreaElement>(null);
  const [emoji, setEmoji] = useState(false);
  const drop = useComposerFiles(send);
  const { staged, sendAll } = drop;
  const reason = disabledReason(conversation);
  useFocusWhenAsked(input, reason);
  const length = codePoints(text);
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      void sendAll();
    } else if (e.key === 'Escape' && quote) {
      e.preventDefault();
      cancelReply();
    }
  };
  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>): void => {
    if (!drop.pasteFiles(e)) pasteText(e, text, setText);
  };
  if (reason) {
    return (
      <div className="composer disabled" role="note" data-testid="composer-disabled">
        {reason}
      </div>
    );
  }
  return (
    <div
      className={drop.over ? 'composer drop-over' : 'composer'}
      onDragOver={drop.onDragOver}
      onDragLeave={drop.onDragLeave}
      onDrop={drop.onDrop}
    >
      {quote && <ReplyingTo quote={quote} onCancel={cancelReply} />}
      <ErrorAlert error={error} />
      <StagedFiles />
      <div className="composer-row">
        <AttachButton />
        <button
          type="button"
          className="icon-button"
          aria-label={t('composer.emoji')}
          aria-expanded={emoji}
          onClick={() => setEmoji(true)}
        >
          <Icon name="smile" />
        </button>
        <label htmlFor="composer-input" className="sr-only">
          {t('composer.label', { name: conversation?.displayName ?? '' })}
        </label>
        <textarea
          id="composer-input"
          ref={input}
          className="composer-input"
          rows={1}
          value={text}
          placeholder={t('composer.placeholder')}
          aria-describedby="composer-hint"
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
        />
        <button
          type="button"
          className="icon-button send"
          aria-label={t('composer.send')}
          disabled={sending || !staged || (text.trim() === '' && staged.length === 0)}
          onClick={() => void sendAll()}
        >
          <Icon name="send" />
        </button>
        <VoiceRecorder />
      </div>
      <p id="composer-hint" className="sr-only">
        {t('composer.hint')}
      </p>
      {length > COUNT_FROM && (
        <p className={length > MAX_BODY_CODE_POINTS ? 'count error' : 'count hint'} role="status">
          {t('composer.count', { n: length, max: MAX_BODY_CODE_POINTS })}
        </p>
      )}
      {emoji && (
        <EmojiDialog
          onClose={() => setEmoji(false)}
          onPick={(e) => {
            setEmoji(false);
            insert(e, input.current?.selectionStart ?? undefined);
            requestAnimationFrame(() => input.current?.focus());
          }}
        />
      )}
    </div>
  );
}
