/**
 * Frames on the core worker's parent port, in both directions: bridge frames plus the worker's
 * own lifecycle (shutdown, closed, fatal). All of them travel as bridge-codec text and are checked
 * against these schemas on arrival, like the WebSocket's.
 */
import { z } from 'zod';
import { EventFrame, ResultFrame } from '../bridge/frames';

export const ShutdownFrame = z.strictObject({ type: z.literal('shutdown') });
export const ClosedFrame = z.strictObject({ type: z.literal('closed') });
/** What the main process shows when the core cannot start (a corrupt vault, a DB in use, …). */
export const FatalFrame = z.strictObject({
  type: z.literal('fatal'),
  code: z.string().max(64),
  message: z.string().max(4096),
});
export type FatalFrame = z.infer<typeof FatalFrame>;

/** Everything the worker may say to the main process. */
export const FromWorker = z.discriminatedUnion('type', [ResultFrame, EventFrame, ClosedFrame, FatalFrame]);
export type FromWorker = z.infer<typeof FromWorker>;
