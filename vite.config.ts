import fs from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);
const COMPRESSIBLE = /\.(js|css|json|html|svg)$/;
/** Below this, compression saves less than a network packet. */
const MIN_BYTES = 1024;

/**
 * Writes a Brotli (`.br`) and a gzip (`.gz`) copy beside each text file of the build, which the server
 * sends to browsers that accept them (`preCompressed` in `src/server/app.ts`): a phone on a slow
 * connection downloads about a quarter of the bytes, without compressing anything per request.
 */
function precompress(): Plugin {
  return {
    name: "amorce-precompress",
    apply: "build",
    async writeBundle(options, bundle) {
      const outDir = options.dir ?? "";
      const files = Object.keys(bundle).filter((file) => COMPRESSIBLE.test(file));
      await Promise.all(
        files.map(async (file) => {
          const target = path.join(outDir, file);
          const content = await fs.readFile(target);
          if (content.length < MIN_BYTES) return;
          const [gzipped, brotlied] = await Promise.all([
            gzip(content, { level: 9 }),
            brotli(content, {
              params: {
                [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
                [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length,
              },
            }),
          ]);
          await Promise.all([fs.writeFile(`${target}.gz`, gzipped), fs.writeFile(`${target}.br`, brotlied)]);
        }),
      );
    },
  };
}

/** The web interface: sources in `web/`, built into `dist/web/`, which the server serves. */
export default defineConfig({
  root: "web",
  plugins: [react(), precompress()],
  build: {
    outDir: "../dist/web",
    emptyOutDir: true,
  },
  server: {
    proxy: { "/api": "http://127.0.0.1:3000" },
  },
});
