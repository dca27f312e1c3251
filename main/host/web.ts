import { createReadStream } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mimeTypeFor } from '../security/mime';
import { securityHeaders } from '../security/response-headers';
import type { JudgeDeskApp } from '../app';
import { localCaller } from '../api/caller';
import { fail, ok } from '../../shared/contract/result';
import { stageUpload } from '../services/dossier';
import { assertLoopbackAddress, isLoopbackHostHeader } from './bind-address';
import { resolveStaticFile } from './static-files';

export interface WebHostOptions {
  app: JudgeDeskApp;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  address?: string;
  /** 0 picks a free port. */
  port?: number;
  maxBodyBytes?: number;
}

export interface WebHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...securityHeaders(), 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // Past the limit the rest is read and dropped, not cut off: destroying the socket here
    // would lose the answer, and the user would see a network error instead of the message.
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > limit) reject(new Error(`请求体超过 ${Math.round(limit / 1024)} KB 上限`));
      else resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

/**
 * Serves the built renderer and the same API as the Electron IPC bridge, for a browser on this
 * workstation and for the end-to-end tests. Binds loopback only.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const address = options.address ?? '127.0.0.1';
  assertLoopbackAddress(address);
  const maxBody = options.maxBodyBytes ?? 1024 * 1024;
  const caller = localCaller('web');
  let port = 0;

  async function handleInvoke(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Same-origin only: a page from elsewhere must not drive the API (CSRF).
    const origin = req.headers.origin;
    if (origin !== undefined && !isLoopbackHostHeader(origin.replace(/^http:\/\//, ''), port)) {
      sendJson(res, 403, fail('FORBIDDEN', '拒绝来自其他来源的请求'));
      return;
    }
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
      sendJson(res, 415, fail('VALIDATION', '请求必须是 JSON'));
      return;
    }
    let message: { channel?: unknown; payload?: unknown };
    try {
      message = JSON.parse(await readBody(req, maxBody)) as typeof message;
    } catch (error) {
      sendJson(res, 400, fail('VALIDATION', `无法读取请求：${error instanceof Error ? error.message : String(error)}`));
      return;
    }
    if (message === null || typeof message !== 'object') {
      sendJson(res, 400, fail('VALIDATION', '请求必须是 {channel, payload} 对象'));
      return;
    }
    const result = await options.app.invoke(String(message.channel), message.payload, caller);
    sendJson(res, 200, result);
  }

  /**
   * Dossier files are too large for the JSON body limit, so each one is streamed here raw and
   * staged under the data folder; dossier.import then names them by the uploadId answered.
   */
  async function handleUpload(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const origin = req.headers.origin;
    if (origin !== undefined && !isLoopbackHostHeader(origin.replace(/^http:\/\//, ''), port)) {
      sendJson(res, 403, fail('FORBIDDEN', '拒绝来自其他来源的请求'));
      return;
    }
    let fileName: string;
    try {
      fileName = decodeURIComponent(String(req.headers['x-file-name'] ?? '')).slice(0, 255);
    } catch {
      fileName = '';
    }
    if (!fileName) {
      req.resume();
      sendJson(res, 400, fail('VALIDATION', '上传请求缺少文件名'));
      return;
    }
    const staged = await stageUpload(options.app.dataDir, fileName, req);
    sendJson(res, 200, staged.ok ? ok({ uploadId: staged.uploadId, size: staged.size }) : fail('VALIDATION', staged.message));
  }

  function handleProgress(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { ...securityHeaders(), 'content-type': 'text/event-stream', connection: 'keep-alive' });
    res.write(': connected\n\n');
    const unsubscribe = options.app.onProgress((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
    req.on('close', unsubscribe);
  }

  function handleStatic(req: IncomingMessage, res: ServerResponse): void {
    const path = resolveStaticFile(options.staticDir, new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (!path) {
      res.writeHead(404, { ...securityHeaders(), 'content-type': 'text/plain; charset=utf-8' });
      res.end('未找到');
      return;
    }
    res.writeHead(200, { ...securityHeaders(), 'content-type': mimeTypeFor(path) });
    createReadStream(path).pipe(res);
  }

  const server: Server = createServer((req, res) => {
    if (!isLoopbackHostHeader(req.headers.host, port)) {
      sendJson(res, 421, fail('FORBIDDEN', '只接受发往本机地址的请求'));
      return;
    }
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/api/invoke' && req.method === 'POST') {
      handleInvoke(req, res).catch((error: unknown) => sendJson(res, 500, fail('INTERNAL', String(error))));
    } else if (path === '/api/upload' && req.method === 'POST') {
      handleUpload(req, res).catch((error: unknown) => sendJson(res, 500, fail('INTERNAL', String(error))));
    } else if (path === '/api/progress' && req.method === 'GET') {
      handleProgress(req, res);
    } else if (req.method === 'GET' || req.method === 'HEAD') {
      handleStatic(req, res);
    } else {
      sendJson(res, 405, fail('VALIDATION', `不支持的请求方法 ${req.method ?? ''}`));
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, address, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const shownHost = address === '::1' ? '[::1]' : address;
  return {
    url: `http://${shownHost}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
