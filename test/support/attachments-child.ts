/**
 * The process the attachment crash test kills: opens the account in DATA_DIR (key KEY_HEX, seed
 * SEED_HEX) with the attachments module on the localnet of PROFILE.
 * - MODE=send: unless a message is stored already (a restart), hands over SIZE bytes of a known
 *   pattern and sends them to TO; prints `moving` once the upload's first progress arrives and
 *   `sent` once the message is.
 * - MODE=fetch: downloads the one attachment it has; prints `moving` at the first progress and
 *   `kept` once it is checked and stored.
 */
import { parseSessionId } from '../../electron/core/crypto/ids';
import { ready } from '../../electron/core/crypto/sodium';
import { loadProfileFile } from '../../electron/core/network';
import { openConversation } from '../../electron/core/services/messaging/conversation-actions';
import { openFileDevice, sendFiles, stage } from '../core/services/attachments/harness';
import { allMessages } from './messaging-device';

const env = (k: string): string => {
  const v = process.env[k];
  if (!v) throw new Error(`${k} is not set`);
  return v;
};

/** The bytes both sides expect: byte i is i·7 mod 256 (as libsession's attachment tests make them). */
function pattern(size: number): Uint8Array {
  return Uint8Array.from({ length: size }, (_, i) => (i * 7) % 256);
}

await ready();
const d = await openFileDevice(
  { profile: loadProfileFile(env('PROFILE')) },
  {
    dir: env('DATA_DIR'),
    key: Uint8Array.from(Buffer.from(env('KEY_HEX'), 'hex')),
    seed: Uint8Array.from(Buffer.from(env('SEED_HEX'), 'hex')),
  },
);
const to = parseSessionId(env('TO'));
d.events.on('attachments.progress', () => process.stdout.write('moving\n'));
if (env('MODE') === 'send') {
  await openConversation(d.messaging.current(), to);
  let m = allMessages(d.store, to)[0];
  if (!m) {
    const up = stage(d, pattern(Number(env('SIZE'))), { fileName: 'crash.bin' });
    m = sendFiles(d, { sessionId: to }, [up]);
  }
  const id = m.id;
  const state = () => d.store.messages.get(d.store.read, id)?.state;
  if (state() !== 'sent') await d.next('messages.changed', () => state() === 'sent');
  process.stdout.write('sent\n');
} else {
  const [m] = allMessages(d.store, to);
  const [att] = d.store.media.ofMessage(d.store.read, m!.id);
  await d.attachments.ensureLocal(att!.aid);
  process.stdout.write('kept\n');
}
await d.close();
