#!/usr/bin/env bash
# Regenerates electron/core/protocol/gen/ from protos/*.proto (static code, committed).
# PROTO_OUT=<dir> writes elsewhere (the test that checks the committed code is current uses it).
# --force-number: every 64-bit field Session uses (ms timestamps, file ids, seqnos) fits in 2^53;
# electron/core/protocol/protobuf-runtime.ts makes the reader return numbers to match.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${PROTO_OUT:-electron/core/protocol/gen}"
mkdir -p "$out"
bin=node_modules/.bin
"$bin/pbjs" -t static-module -w es6 --force-number --no-beautify --no-delimited --no-verify \
  --no-convert --no-typeurl --no-service \
  -o "$out/session-protos.js" protos/SessionProtos.proto protos/WebSocketResources.proto
"$bin/pbts" --no-comments -o "$out/session-protos.d.ts" "$out/session-protos.js"
# pbts always imports Long; nothing in the typings uses it once --force-number is on.
sed -i.bak '/^import Long = require("long");$/d' "$out/session-protos.d.ts" && rm "$out/session-protos.d.ts.bak"
