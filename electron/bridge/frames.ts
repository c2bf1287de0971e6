/**
 * Frames on every transport (WebSocket, worker port, Electron IPC), after the codec has turned the
 * wire text back into values. Each side checks every incoming frame against these schemas before it
 * looks inside; a frame that fails is answered where it has an id (`bad-frame`) and dropped
 * otherwise.
 */
import { z } from 'zod';
import { ERROR_CODES } from './errors';
import type { BridgeResult } from './result';

const FrameId = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
/** Method and event names are short dotted words; anything longer is not ours. */
const Name = z.string().max(128);

export const CallFrame = z.strictObject({
  type: z.literal('call'),
  id: FrameId,
  method: Name,
  params: z.unknown(),
});
export type CallFrame = z.infer<typeof CallFrame>;

const WireError = z.strictObject({
  code: z.enum(ERROR_CODES as [string, ...string[]]),
  message: z.string().max(4096),
});

export const ResultFrame = z.strictObject({
  type: z.literal('result'),
  id: FrameId,
  result: z.union([
    z.strictObject({ ok: z.literal(true), value: z.unknown() }),
    z.strictObject({ ok: z.literal(false), error: WireError }),
  ]),
});
export type ResultFrame = { type: 'result'; id: number; result: BridgeResult<unknown> };

export const EventFrame = z.strictObject({ type: z.literal('event'), event: Name, payload: z.unknown() });
export type EventFrame = { type: 'event'; event: string; payload: unknown };

export const CoreFrame = z.discriminatedUnion('type', [ResultFrame, EventFrame]);
export type CoreFrame = ResultFrame | EventFrame;

/** The id of something shaped like a frame, so a malformed call can still be answered. */
export function frameId(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const id = FrameId.safeParse((value as { id?: unknown }).id);
  return id.success ? id.data : undefined;
}
