/** Words for the timeline's notices; the core sends what happened, the renderer says it. */
import type { ControlNotice, MessageView } from '../../../electron/bridge/methods/messages';
import { t } from '../../i18n/t';
import { settingText } from './disappearing-text';

type Person = { id: string; displayName: string };

function nameOf(p: Person | null, ownId: string | undefined): string {
  if (!p) return t('notice.someone');
  return p.id === ownId ? t('notice.you') : p.displayName;
}

function names(members: readonly Person[], total: number, ownId: string | undefined): string {
  const shown = members.map((m) => nameOf(m, ownId)).join(', ');
  return total > members.length ? t('notice.andOthers', { names: shown, n: total - members.length }) : shown;
}

function groupText(n: Extract<ControlNotice, { type: 'group' }>, ownId: string | undefined): string {
  const by = nameOf(n.by, ownId);
  const who = names(n.members, n.memberCount, ownId);
  switch (n.change) {
    case 'created':
      return t('notice.groupCreated', { by });
    case 'members-added':
      return t('notice.membersAdded', { by, who });
    case 'members-removed':
      return t('notice.membersRemoved', { by, who });
    case 'members-promoted':
      return t('notice.membersPromoted', { by, who });
    case 'member-left':
      return t('notice.memberLeft', { who });
    case 'renamed':
      return t('notice.renamed', { by, name: n.name ?? '' });
    case 'avatar-changed':
      return t('notice.avatarChanged', { by });
    case 'invited':
      return t('notice.invited', { by });
    case 'you-were-removed':
      return t('notice.youWereRemoved');
  }
}

export function noticeText(n: ControlNotice, ownId: string | undefined): string {
  const by = 'by' in n ? nameOf(n.by, ownId) : '';
  switch (n.type) {
    case 'disappearing-changed':
      return n.setting.mode === 'off'
        ? t('notice.timerOff', { by })
        : t('notice.timerSet', { by, setting: settingText(n.setting) });
    case 'request-accepted':
      return t('notice.requestAccepted', { by });
    case 'media-saved':
      return t('notice.mediaSaved', { by });
    case 'screenshot':
      return t('notice.screenshot', { by });
    case 'group':
      return groupText(n, ownId);
  }
}

/** A notice row's words: a control notice, a call, or nothing (for bubbles). */
export function timelineNotice(m: MessageView, ownId: string | undefined): string | undefined {
  if (m.kind === 'control' && m.notice) return noticeText(m.notice, ownId);
  if (m.kind === 'call') {
    if (m.call?.missed) return t('notice.missedCall');
    return t(m.outgoing ? 'notice.outgoingCall' : 'notice.incomingCall');
  }
  return undefined;
}
