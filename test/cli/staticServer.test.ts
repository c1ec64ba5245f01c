import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serveDirectory, type StaticServer } from "../../src/cli/staticServer";

function get(url: string, path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    // Raw request so a path like /../x reaches the server unnormalised, as a hostile client would send it.
    const target = new URL(url);
    const req = request({ host: target.hostname, port: target.port, path, method: "GET" }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, type: response.headers["content-type"] ?? "", body }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

describe("serveDirectory", () => {
  let server: StaticServer;
  const outside = mkdtempSync(join(tmpdir(), "static-"));
  const root = join(outside, "dist");

  beforeAll(async () => {
    mkdirSync(join(root, "assets"), { recursive: true });
    writeFileSync(join(root, "index.html"), "<p>home</p>");
    writeFileSync(join(root, "app.js"), "console.log(1)");
    writeFileSync(join(root, "assets", "icon.png"), "png");
    writeFileSync(join(outside, "secret.txt"), "secret");
    server = await serveDirectory(root);
  });
  afterAll(async () => {
    await server.close();
    rmSync(outside, { recursive: true, force: true });
  });

  it("listens on 127.0.0.1 and serves files with their content types", async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await get(server.url, "/app.js")).toMatchObject({ status: 200, type: "text/javascript; charset=utf-8" });
    expect(await get(server.url, "/assets/icon.png?v=1")).toMatchObject({ status: 200, type: "image/png" });
    expect(await get(server.url, "/")).toMatchObject({
      status: 200,
      type: "text/html; charset=utf-8",
      body: "<p>home</p>",
    });
  });

  it("answers 404 for missing files and never serves outside the folder", async () => {
    expect((await get(server.url, "/nope.js")).status).toBe(404);
    const escape = await get(server.url, "/../secret.txt");
    expect(escape.body).not.toContain("secret");
    const encoded = await get(server.url, "/%2e%2e/secret.txt");
    expect(encoded.body).not.toContain("secret");
  });
});
