import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../tests/support/test-app";

describe("the built web interface's files", () => {
  let t: TestApp;
  let webRoot: string;
  const script = "export const hello = 'bonjour';\n".repeat(100);
  beforeAll(async () => {
    webRoot = fs.mkdtempSync(path.join(os.tmpdir(), "amorce-web-"));
    fs.mkdirSync(path.join(webRoot, "assets"));
    fs.writeFileSync(path.join(webRoot, "index.html"), "<!doctype html><title>Amorce</title>");
    const file = path.join(webRoot, "assets", "index-abc123.js");
    fs.writeFileSync(file, script);
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(script));
    fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(script));
    t = await createTestApp({ template: "empty", webRoot });
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(webRoot, { recursive: true, force: true });
  });

  const get = (url: string, acceptEncoding?: string) =>
    t.request({ method: "GET", url, headers: acceptEncoding ? { "accept-encoding": acceptEncoding } : {} });

  it("sends the build's compressed copy to a browser that accepts it, the file itself otherwise", async () => {
    const brotli = await get("/assets/index-abc123.js", "gzip, deflate, br");
    expect(brotli.headers["content-encoding"]).toBe("br");
    expect(zlib.brotliDecompressSync(brotli.rawPayload).toString()).toBe(script);
    const gzip = await get("/assets/index-abc123.js", "gzip");
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gzip.rawPayload).toString()).toBe(script);
    const plain = await get("/assets/index-abc123.js");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it("lets browsers keep the hashed files, not the page that names them", async () => {
    expect((await get("/assets/index-abc123.js", "br")).headers["cache-control"]).toBe(
      "public, max-age=31536000, immutable",
    );
    const page = await get("/trouver-un-site", "br");
    expect(page.statusCode).toBe(200);
    expect(page.headers["cache-control"]).not.toMatch(/immutable/);
  });
});
