import { t } from '../../i18n/t';
import type { PhraseCheck } from '../../stores/onboarding-store';

/** Words for a live phrase check: which form was recognised, or exactly what is wrong. */
export function phraseCheckText(check: PhraseCheck): string {
  if (check.valid) return t(check.form === 'session' ? 'restore.formSession' : 'restore.formBip39');
  switch (check.code) {
    case 'word-count':
      return t('phrase.word-count', { count: check.count });
    case 'unknown-word':
      return t('phrase.unknown-word', { position: check.position ?? '?', word: check.word ?? '' });
    case 'checksum':
      return t('phrase.checksum');
    case 'invalid':
      return t('phrase.invalid');
  }
}
