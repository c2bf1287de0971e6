import { useChat, useMessageActions, useNav } from '../../app/stores-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { t } from '../../i18n/t';
import { RequestActions } from '../messenger/RequestActions';
import { ChatSearchBar } from '../search/ChatSearchBar';
import { ChatHeader } from './ChatHeader';
import { Composer } from './Composer';
import { LinkConfirmDialog } from './LinkConfirmDialog';
import { MessageInfoDialog } from './MessageInfoDialog';
import { MessageList } from './MessageList';

/** The open chat: header, the message list, and the composer (or a request's answers). */
export function ChatView() {
  const conversation = useChat((s) => s.conversation);
  const messages = useChat((s) => s.window);
  const back = useNav((s) => s.back);
  const actionError = useMessageActions((s) => s.error);
  if (!messages) return null;
  const request = conversation?.request === 'incoming';
  return (
    <section className="chat" aria-labelledby="chat-title">
      <ChatHeader onBack={back} />
      <ChatSearchBar />
      <ErrorAlert error={actionError} />
      <MessageList messages={messages} />
      {request && conversation ? (
        <div className="request-banner" role="region" aria-label={t('requests.banner')}>
          <p>{t('requests.bannerText', { name: conversation.displayName })}</p>
          <RequestActions c={conversation} />
        </div>
      ) : (
        <Composer />
      )}
      <LinkConfirmDialog />
      <MessageInfoDialog />
    </section>
  );
}
