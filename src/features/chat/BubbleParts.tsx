import type { MessageView, QuoteView, ReactionView } from '../../../electron/bridge/methods/messages';
import { bubbleTime, countdown } from '../../components/format-time';
import { Icon } from '../../components/icons';
import { useChatSearch } from '../../app/stores-context';
import { linkify } from '../../components/linkify';
import { highlight, searchTerms } from '../../stores/search/highlight';
import { t } from '../../i18n/t';
import { useNow } from '../messenger/use-now';

/** The words of an open in-chat search, marked wherever they appear. */
function Marked({ text }: { text: string }) {
  const query = useChatSearch((s) => (s.open ? s.query : ''));
  const terms = searchTerms(query);
  if (terms.length === 0) return <>{text}</>;
  return <>{highlight(text, terms).map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : p.text))}</>;
}

/** Text with its web addresses as links; a click asks before anything opens. */
export function BodyText({ text, onLink }: { text: string; onLink: (href: string) => void }) {
  return (
    <p className="body">
      {linkify(text).map((s, i) =>
        s.href ? (
          <a
            key={i}
            href={s.href}
            rel="noopener noreferrer"
            onClick={(e) => {
              e.preventDefault();
              onLink(s.href!);
            }}
          >
            {s.text}
          </a>
        ) : (
          <span key={i}>
            <Marked text={s.text} />
          </span>
        ),
      )}
    </p>
  );
}

export function QuoteBlock({ quote, onJump }: { quote: QuoteView; onJump: (messageId: string) => void }) {
  const text = quote.snippet ?? t('bubble.quoteMissing');
  const inner = (
    <>
      <span className="quote-author">{quote.author.displayName}</span>
      <span className={quote.snippet ? 'quote-text' : 'quote-text missing'}>{text}</span>
    </>
  );
  if (!quote.messageId) return <div className="quote">{inner}</div>;
  const id = quote.messageId;
  return (
    <button
      type="button"
      className="quote"
      onClick={() => onJump(id)}
      aria-label={t('bubble.quoteJump', { name: quote.author.displayName, text })}
    >
      {inner}
    </button>
  );
}

export function Reactions({
  reactions,
  onToggle,
  enabled,
}: {
  reactions: readonly ReactionView[];
  onToggle: (emoji: string) => void;
  enabled: boolean;
}) {
  if (reactions.length === 0) return null;
  return (
    <div className="reactions" role="group" aria-label={t('bubble.reactions')}>
      {reactions.map((r) => {
        const who = r.authors.map((a) => a.displayName).join(', ');
        const more = r.count - r.authors.length;
        const title = more > 0 ? t('bubble.reactedMore', { who, n: more }) : who;
        return (
          <button
            key={r.emoji}
            type="button"
            className={r.mine ? 'reaction mine' : 'reaction'}
            aria-pressed={r.mine}
            aria-label={t('bubble.reaction', { emoji: r.emoji, n: r.count, who: title })}
            title={title}
            disabled={!enabled}
            onClick={() => onToggle(r.emoji)}
          >
            <span aria-hidden="true">{r.emoji}</span>
            <span className="reaction-count" aria-hidden="true">
              {r.count}
            </span>
          </button>
        );
      })}
    </div>
  );
}

function Countdown({ expiresAt }: { expiresAt: number }) {
  const now = useNow(1_000);
  const left = countdown(expiresAt - now);
  return (
    <span className="countdown" title={t('bubble.disappearsIn', { time: left })}>
      <Icon name="timer" size={12} />
      <span aria-label={t('bubble.disappearsIn', { time: left })}>{left}</span>
    </span>
  );
}

const STATUS_ICON = { sending: 'clock', sent: 'sent', read: 'read', failed: 'alert' } as const;

/** Time, disappearing countdown and (for the user's own messages) where the message is. */
export function BubbleFooter({ m, onRetry }: { m: MessageView; onRetry: () => void }) {
  const status = m.outgoing && m.status !== 'received' ? m.status : undefined;
  return (
    <span className="bubble-footer">
      {m.expiresAt !== null && <Countdown expiresAt={m.expiresAt} />}
      <time dateTime={new Date(m.sentAt).toISOString()}>{bubbleTime(m.sentAt)}</time>
      {status && (
        <span className={`status status-${status}`} title={t(`bubble.status.${status}`)}>
          <Icon name={STATUS_ICON[status]} size={14} />
          <span className="sr-only">{t(`bubble.status.${status}`)}</span>
        </span>
      )}
      {status === 'failed' && (
        <button type="button" className="link retry" onClick={onRetry}>
          {t('message.retry')}
        </button>
      )}
    </span>
  );
}
