/**
 * The renderer's attachments: files handed over in bridge-sized chunks (and a file above 10 MB
 * refused before a byte is read), the composer sending their upload ids, decrypted bytes read back
 * in chunks into a blob URL, progress events, and a file card's download button.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AttachmentView } from '../../../electron/bridge/methods/messages';
import { StoresProvider } from '../../../src/app/stores-context';
import { createStores } from '../../../src/app/stores';
import { AttachmentList } from '../../../src/features/attachments/AttachmentList';
import { Composer } from '../../../src/features/chat/Composer';
import { createMediaStore } from '../../../src/stores/attachments/media-store';
import { createStagingStore } from '../../../src/stores/attachments/staging-store';
import { fakeBridge, ok } from '../fake-bridge';
import { A, conv, msg } from '../messenger/data';

afterEach(() => cleanup());

const UPLOAD = 'ab'.repeat(16);
const staged = (size: number) => ({
  uploadId: UPLOAD,
  fileName: 'a.pdf',
  contentType: 'application/pdf',
  size,
  width: null,
  height: null,
  voice: false,
  durationMs: null,
});

function stagingBridge() {
  return fakeBridge({
    'attachments.begin': ok({ uploadId: UPLOAD }),
    'attachments.append': (p) => ok({ received: p.offset + p.data.length }),
    'attachments.finish': ok(staged(1_200_000)),
    'attachments.cancel': ok({ cancelled: true }),
  });
}

describe('staging store', () => {
  it('hands a file over in chunks of 512 KiB, then offers its upload id', async () => {
    const bridge = stagingBridge();
    const store = createStagingStore(bridge);
    store.getState().add([new File([new Uint8Array(1_200_000)], 'a.pdf', { type: 'application/pdf' })]);
    expect(store.getState().readyIds()).toBeUndefined();
    await vi.waitFor(() => expect(store.getState().items[0]?.state).toBe('ready'));
    expect(bridge.callsOf('attachments.begin')).toEqual([
      { fileName: 'a.pdf', contentType: 'application/pdf', size: 1_200_000 },
    ]);
    const appends = bridge.callsOf('attachments.append') as { offset: number; data: Uint8Array }[];
    expect(appends.map((a) => [a.offset, a.data.length])).toEqual([
      [0, 524_288],
      [524_288, 524_288],
      [1_048_576, 151_424],
    ]);
    expect(store.getState().readyIds()).toEqual([UPLOAD]);
    store.getState().remove(store.getState().items[0]!.key);
    expect(bridge.callsOf('attachments.cancel')).toEqual([{ id: UPLOAD }]);
  });

  it('refuses a file above 10 MB with attachment-too-large before reading it', () => {
    const bridge = stagingBridge();
    const store = createStagingStore(bridge);
    const big = new File([new Uint8Array(10_000_001)], 'big.bin');
    store.getState().add([big]);
    expect(store.getState().items[0]).toMatchObject({
      state: 'failed',
      error: { code: 'attachment-too-large' },
    });
    expect(bridge.calls).toEqual([]);
    expect(store.getState().readyIds()).toBeUndefined();
  });
});

describe('media store', () => {
  it('reads a file in chunks into one blob URL, once, and follows progress', async () => {
    const data = new Uint8Array(600_000).fill(7);
    const bridge = fakeBridge({
      'attachments.read': (p) =>
        ok({
          data: data.subarray(p.offset, p.offset + p.length),
          size: data.length,
          contentType: 'image/png',
          fileName: 'x.png',
        }),
    });
    const blobs: Blob[] = [];
    const store = createMediaStore(bridge, { createUrl: (b) => (blobs.push(b), `blob:${blobs.length}`) });
    const stop = store.getState().start();
    const target = { kind: 'attachment', id: UPLOAD } as const;
    const [u1, u2] = await Promise.all([store.getState().load(target), store.getState().load(target)]);
    expect([u1, u2]).toEqual(['blob:1', 'blob:1']);
    expect(blobs[0]!.size).toBe(600_000);
    expect(blobs[0]!.type).toBe('image/png');
    expect(bridge.callsOf('attachments.read').map((c) => (c as { offset: number }).offset)).toEqual([
      0, 524_288,
    ]);
    bridge.emit('attachments.progress', {
      conversationId: A,
      messageId: '5',
      attachmentId: UPLOAD,
      direction: 'download',
      progress: 0.5,
    });
    expect(store.getState().progress[UPLOAD]).toBe(0.5);
    stop();
    expect(store.getState().urls).toEqual({});
  });
});

const file = (over: Partial<AttachmentView> = {}): AttachmentView => ({
  id: UPLOAD,
  fileName: 'report.pdf',
  size: 1_200_000,
  contentType: 'application/pdf',
  width: null,
  height: null,
  voice: false,
  durationMs: null,
  caption: null,
  state: 'pending',
  failure: null,
  progress: null,
  ...over,
});

describe('in the chat', () => {
  it('shows a file card with name, size and type, and downloads it on click', async () => {
    const bridge = fakeBridge({ 'attachments.download': ok({}) });
    const stores = createStores(bridge, { theme: () => undefined });
    render(
      <StoresProvider stores={stores}>
        <AttachmentList m={msg(5, { attachments: [file()] })} />
      </StoresProvider>,
    );
    expect(screen.getByText('report.pdf')).toBeTruthy();
    expect(screen.getByText(/1\.2 MB · application\/pdf/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Download report\.pdf/ }));
    await vi.waitFor(() =>
      expect(bridge.callsOf('attachments.download')).toEqual([{ attachmentId: UPLOAD }]),
    );
  });

  it('shows an expired file as expired, not as broken', () => {
    const stores = createStores(fakeBridge({}), { theme: () => undefined });
    render(
      <StoresProvider stores={stores}>
        <AttachmentList m={msg(5, { attachments: [file({ state: 'expired' })] })} />
      </StoresProvider>,
    );
    expect(screen.getByText('This file has expired.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Download/ })).toBeNull();
  });

  it('the composer sends an attached file with no text', async () => {
    const c = conv(A, { displayName: 'Alice' });
    const bridge = fakeBridge({
      'conversations.get': ok(c),
      'conversations.getDraft': ok({ text: '' }),
      'conversations.setDraft': ok({}),
      'messages.page': ok({ items: [], older: null, newer: null, firstUnreadId: null, unreadCount: 0 }),
      'attachments.begin': ok({ uploadId: UPLOAD }),
      'attachments.append': (p) => ok({ received: p.offset + p.data.length }),
      'attachments.finish': ok(staged(3)),
      'messages.send': ok(msg(50, { outgoing: true })),
    });
    const stores = createStores(bridge, { theme: () => undefined, writeText: () => Promise.resolve() });
    render(
      <StoresProvider stores={stores}>
        <Composer />
      </StoresProvider>,
    );
    act(() => stores.chat.getState().open(c.id));
    const input = await screen.findByTestId('attach-input');
    fireEvent.change(input, { target: { files: [new File([new Uint8Array(3)], 'a.pdf')] } });
    await screen.findByText('a.pdf');
    await vi.waitFor(() => expect(stores.staging.getState().readyIds()).toEqual([UPLOAD]));
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    await vi.waitFor(() =>
      expect(bridge.callsOf('messages.send')).toMatchObject([{ conversationId: A, attachments: [UPLOAD] }]),
    );
    expect((bridge.callsOf('messages.send')[0] as { body?: string }).body).toBeUndefined();
    await vi.waitFor(() => expect(stores.staging.getState().items).toEqual([]));
  });
});
