import type { PeerReply } from './rpc/context';
import type { Params } from './rpc/params';

/** One forwarded request as it travels to a peer, alone or inside a batch. */
export interface Forwarded {
  method: string;
  params: Params;
}

/** What a peer answers to a batch: one `{status, body}` per request, in order. */
export interface BatchReply {
  replies: Array<{ status: number; body: string }>;
}

/** Batches stay well under the request body cap (forwarded stores carry up to ~100 kB each). */
const MAX_BATCH_REQUESTS = 32;
const MAX_BATCH_BYTES = 1_000_000;

interface Pending {
  /** `{"method","params"}` serialised once: it is sent as is, alone or inside a batch. */
  json: string;
  resolve: (reply: PeerReply) => void;
}

/**
 * Coalesces the recursive requests a node forwards to one peer within one event-loop turn into a
 * single node-to-node request. Concurrent stores to a swarm land on the same members, so about a
 * quarter of replication requests ride along with another; a lone request is sent as before.
 */
export class PeerBatcher {
  private readonly queues = new Map<string, Pending[]>();

  constructor(
    /** Posts `json` (one request, the plain storage_cc body) or `{"batch":[…]}` and reads the reply. */
    private readonly sendOne: (peer: string, json: string) => Promise<PeerReply>,
    private readonly sendBatch: (peer: string, json: string, count: number) => Promise<PeerReply[]>,
  ) {}

  forward(peer: string, request: Forwarded): Promise<PeerReply> {
    return new Promise((resolve) => {
      let queue = this.queues.get(peer);
      if (!queue) {
        queue = [];
        this.queues.set(peer, queue);
        // setImmediate runs after this turn's I/O callbacks: every store that arrived with this
        // one has had its chance to join.
        setImmediate(() => this.flush(peer));
      }
      queue.push({ json: JSON.stringify(request), resolve });
    });
  }

  private flush(peer: string): void {
    const queue = this.queues.get(peer) ?? [];
    this.queues.delete(peer);
    let i = 0;
    while (i < queue.length) {
      const group: Pending[] = [queue[i]!];
      let bytes = queue[i]!.json.length;
      i++;
      while (
        i < queue.length &&
        group.length < MAX_BATCH_REQUESTS &&
        bytes + queue[i]!.json.length <= MAX_BATCH_BYTES
      ) {
        bytes += queue[i]!.json.length;
        group.push(queue[i]!);
        i++;
      }
      void this.send(peer, group);
    }
  }

  private async send(peer: string, group: Pending[]): Promise<void> {
    if (group.length === 1) {
      group[0]!.resolve(await this.sendOne(peer, group[0]!.json));
      return;
    }
    const replies = await this.sendBatch(
      peer,
      `{"batch":[${group.map((p) => p.json).join(',')}]}`,
      group.length,
    );
    group.forEach((p, k) => p.resolve(replies[k] ?? { ok: false }));
  }
}

/** Reads a peer's batch reply; anything malformed counts as no answer for every request in it. */
export function parseBatchReply(text: string, expected: number): PeerReply[] {
  const none = (): PeerReply[] => Array.from({ length: expected }, () => ({ ok: false }) as const);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return none();
  }
  const replies = (parsed as Partial<BatchReply> | null)?.replies;
  if (!Array.isArray(replies) || replies.length !== expected) return none();
  return replies.map((r: unknown): PeerReply => {
    const { status, body } = (r ?? {}) as { status?: unknown; body?: unknown };
    return typeof status === 'number' && typeof body === 'string'
      ? { ok: true, status, body }
      : { ok: false };
  });
}
