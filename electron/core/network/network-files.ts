/** The file server's part of a connection: requests, uploads and downloads, all through onion paths. */
import type { FileServerTarget } from './profile';
import { downloadFile, serverRequest, uploadFile } from './file-server';
import { downloadFileStream, uploadFileStream } from './file-transfer';
import type { OnionTransport } from './transport';
import type { SessionNetwork } from './types';

type FileMethods = Pick<
  SessionNetwork<unknown>,
  'fileRequest' | 'uploadFile' | 'downloadFile' | 'uploadFileStream' | 'downloadFileStream'
>;

const fileId = (idOrUrl: string): string => {
  const m = /\/file\/([^/?#]+)/.exec(idOrUrl);
  return m ? m[1]! : idOrUrl;
};

export function fileMethods(
  tx: OnionTransport,
  fileServer: FileServerTarget,
  signal: AbortSignal,
  fileMs: number,
): FileMethods {
  return {
    fileRequest: (req) => serverRequest(tx, fileServer, req, signal),
    uploadFile: (data, o) => uploadFile(tx, fileServer, data, signal, { ...o, isDefaultServer: true }),
    downloadFile: (idOrUrl) => downloadFile(tx, fileServer, fileId(idOrUrl), signal),
    uploadFileStream: (source, o = {}) => {
      const server = o.server ?? fileServer;
      const isDefaultServer = server.url === fileServer.url && server.ed25519 === fileServer.ed25519;
      const s = o.signal ? AbortSignal.any([o.signal, signal]) : signal;
      return uploadFileStream(tx, server, source, {
        ...o,
        signal: s,
        isDefaultServer,
        baseTimeoutMs: fileMs,
      });
    },
    downloadFileStream: (server, id, sink, o) => {
      const s = o.signal ? AbortSignal.any([o.signal, signal]) : signal;
      return downloadFileStream(tx, server, id, sink, { ...o, signal: s, baseTimeoutMs: fileMs });
    },
  };
}
