// Run by `make build`, last: x.br beside every compressible file of www/ (brotli at quality 11,
// Node's zlib), which tools/serve.mjs sends with `Content-Encoding: br` to a request that accepts
// it (docs/DEPLOY.md). Written only where missing or older than its file, so a rebuild redoes
// what changed; serve.mjs never sends one older than its file. Not committed (.gitignore); dist/
// gets its own, with gzip too (tools/dist.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { brotli, COMPRESSIBLE_EXT, listFiles } from './dist.mjs';

const www = path.resolve(import.meta.dirname, '../www');
let written = 0;
let raw = 0;
let packed = 0;
for (const f of listFiles(www).filter((f) => COMPRESSIBLE_EXT.has(path.extname(f)))) {
  const file = path.join(www, f);
  const br = `${file}.br`;
  const stat = fs.statSync(file);
  if (!fs.existsSync(br) || fs.statSync(br).mtimeMs < stat.mtimeMs) {
    fs.writeFileSync(br, brotli(fs.readFileSync(file), f));
    written++;
  }
  raw += stat.size;
  packed += fs.statSync(br).size;
}
console.log(`brotli: ${written} .br files written in www/ (all: ${(raw / 1024).toFixed(1)} KB, ${(packed / 1024).toFixed(1)} KB in brotli)`);
