import protobuf from 'protobufjs/minimal.js';

/**
 * protobufjs returns 64-bit fields as Long objects whenever the `long` package is installed (it is,
 * as a dependency of protobufjs). Every 64-bit value Session uses — ms timestamps, file ids, seqnos —
 * fits in 2^53, and the generated typings (--force-number) promise plain numbers, so switch the
 * shared reader to numbers. Imported for its side effect by every codec, before any decode runs.
 * Presence of 64-bit fields must be tested with Object.hasOwn (prototype defaults are computed
 * when the generated module loads and may still be Long zeros).
 */
protobuf.util.Long = null as unknown as typeof protobuf.util.Long;
protobuf.configure();
