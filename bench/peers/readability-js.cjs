// Times Mozilla Readability (jsdom DOM) on every benchmark page: parse + extract, one process.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

const [dataDir, roundsArg] = process.argv.slice(2);
const pages = [];
for (const f of fs.readdirSync(path.join(dataDir, 'html')).sort()) {
  pages.push(fs.readFileSync(path.join(dataDir, 'html', f), 'utf8'));
}
for (const f of fs.readdirSync(path.join(dataDir, 'l3s-gn1', 'html')).sort()) {
  pages.push(zlib.gunzipSync(fs.readFileSync(path.join(dataDir, 'l3s-gn1', 'html', f))).toString('utf8'));
}
const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p, 'utf8'), 0);
const quiet = new VirtualConsole();
for (let r = 1; r <= Number(roundsArg || 1); r++) {
  const start = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  let chars = 0;
  let failed = 0;
  for (const html of pages) {
    try {
      const dom = new JSDOM(html, { url: 'https://example.com/', virtualConsole: quiet });
      const article = new Readability(dom.window.document).parse();
      chars += article && article.textContent ? article.textContent.length : 0;
      dom.window.close();
    } catch (e) {
      // jsdom's CSS parser throws on some real stylesheets; the time spent still counts.
      failed++;
    }
  }
  const s = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu0);
  const cpu = (used.user + used.system) / 1e6;
  console.log(`readability-js round ${r}: ${pages.length} pages, ${(bytes / 1e6).toFixed(1)} MB in ${s.toFixed(2)} s = ${(pages.length / s).toFixed(1)} pages/s, ${(bytes / 1e6 / s).toFixed(2)} MB/s (${chars} chars out, ${failed} pages threw); CPU ${cpu.toFixed(2)} s = ${(pages.length / cpu).toFixed(1)} pages per CPU-second`);
}
