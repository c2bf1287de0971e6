/** A raw WebSocket client of a test web host that collects frames and waits for answers by id. */
import WebSocket from 'ws';
import type { WebHost } from '../../electron/host/web-host';

export type Frame = {
  type: string;
  id?: number;
  event?: string;
  result?: { ok: boolean; error?: { code: string } };
};

export interface BridgeSocket {
  readonly ws: WebSocket;
  readonly frames: Frame[];
  /** Resolves with the result frame answering `id`. */
  answer(id: number): Promise<Frame>;
  /** Resolves with the close code once the host closes the socket. */
  closed(): Promise<number>;
  close(): void;
}

export async function openBridge(host: WebHost): Promise<BridgeSocket> {
  const ws = new WebSocket(`ws://127.0.0.1:${host.port}/bridge?token=${host.token}`, {
    headers: { Origin: host.origin },
  });
  const frames: Frame[] = [];
  const waiting = new Map<number, (f: Frame) => void>();
  ws.on('message', (data: Buffer) => {
    const f = JSON.parse(data.toString()) as Frame;
    frames.push(f);
    if (f.type === 'result' && f.id !== undefined) waiting.get(f.id)?.(f);
  });
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    ws.on('open', () => resolve());
    ws.on('error', reject);
  });
  return {
    ws,
    frames,
    answer: (id) =>
      new Promise((resolve) => {
        const done = frames.find((f) => f.type === 'result' && f.id === id);
        if (done) resolve(done);
        else waiting.set(id, resolve);
      }),
    closed: () => closed,
    close: () => ws.close(),
  };
}

export function callText(id: number, method: string, params: unknown): string {
  return JSON.stringify({ type: 'call', id, method, params });
}
