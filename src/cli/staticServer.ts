/**
 * A minimal static file server on 127.0.0.1 for the benchmark and browser tests: serves a
 * built `dist/` with correct content types, nothing else (no directory listings, no paths
 * outside the folder).
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".ico": "image/x-icon",
  ".webp": "image/webp",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".wasm": "application/wasm",
};

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? "application/octet-stream";
}

export interface StaticServer {
  /** Base URL without a trailing slash, e.g. "http://127.0.0.1:41234". */
  url: string;
  close(): Promise<void>;
}

function send(response: ServerResponse, status: number, message: string): void {
  response.writeHead(status, {
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(message),
  });
  response.end(message);
}

/** The file a request path names inside `root`, or null when it would leave the folder. */
function fileFor(root: string, requestUrl: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl, "http://localhost").pathname);
  } catch {
    return null;
  }
  if (pathname.endsWith("/")) pathname += "index.html";
  const file = resolve(join(root, pathname));
  return file === root || file.startsWith(root + sep) ? file : null;
}

async function handle(root: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== "GET" && request.method !== "HEAD") return send(response, 405, "method not allowed");
  const file = fileFor(root, request.url ?? "/");
  if (!file) return send(response, 403, "forbidden");
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return send(response, 404, "not found");
  response.writeHead(200, {
    "Content-Type": contentTypeFor(file),
    "Content-Length": info.size,
    // Every benchmark round starts cold anyway (fresh browser context); say so for other clients.
    "Cache-Control": "no-store",
  });
  if (request.method === "HEAD") return void response.end();
  createReadStream(file).pipe(response);
}

/** Serves `dir` on 127.0.0.1 (port 0 picks a free one) until `close()` is called. */
export function serveDirectory(dir: string, port = 0): Promise<StaticServer> {
  const root = resolve(dir);
  const server = createServer((request, response) => {
    handle(root, request, response).catch(() => {
      if (!response.headersSent) send(response, 500, "internal error");
      else response.destroy();
    });
  });
  return new Promise((resolveServer, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const { port: actualPort } = server.address() as AddressInfo;
      resolveServer({
        url: `http://127.0.0.1:${actualPort}`,
        close: () =>
          new Promise<void>((resolveClose, rejectClose) => {
            server.close((error) => (error ? rejectClose(error) : resolveClose()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
