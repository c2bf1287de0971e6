/**
 * Frames on every transport (WebSocket, worker port). The core checks each incoming frame's shape
 * before it looks at the method; anything else is dropped with a log line.
 */
import { z } from 'zod';
import type { BridgeResult } from './result';

export const CallFrame = z.strictObject({
  type: z.literal('call'),
  id: z.number().int().nonnegative(),
  method: z.string().max(128),
  params: z.unknown(),
});
export type CallFrame = z.infer<typeof CallFrame>;

export type ResultFrame = { type: 'result'; id: number; result: BridgeResult<unknown> };
export type EventFrame = { type: 'event'; event: string; payload: unknown };
export type CoreFrame = ResultFrame | EventFrame;
