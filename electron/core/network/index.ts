/**
 * The network layer's public face. `openNetwork` (open-network.ts) assembles it; the types of
 * what it takes and returns are in types.ts. Import from here, not from the files behind it.
 */
export { openNetwork } from './open-network';
export type { NetworkTimeouts, OpenNetworkOptions, RetrieveArgs, SessionNetwork, StoreArgs } from './types';
export { NetworkError, isNetworkError, type NetworkErrorCode } from './errors';
export { ProfileError, MAINNET, parseProfile, loadProfileFile, resolveProfile } from './profile';
export type { NetworkProfile, SeedNode, FileServerTarget } from './profile';
export type { Snode } from './snode';
export type { BatchCursor, NetworkStateStore } from './state-store';
export type { NetworkStatus, NetworkState } from './status';
export type { PolledMessage, PollBatch, PollTarget, PollerOptions, SwarmPoller } from './poller';
export type { ServerRequest, UploadedFile } from './file-server';
export type { RetrievedMessage } from './rpc-results';
export type { SequenceResult, SequenceStore } from './store-sequence';
export type { KeepAlive } from './storage-client';
export type { RetrySettings } from './failure-policy';
export { accountAuth, groupAdminAuth, subaccountAuth, type SwarmAuth, type SwarmPubkey } from './swarm-auth';
export { MAX_SEQUENCE_OPS, type SwarmOp, type SwarmOpResult } from './swarm-sequence';
export { cryptoRandom, type Random } from './random';
export type { ChunkSource } from './onion-stream';
export type { DownloadSink, TransferOptions } from './file-transfer';
