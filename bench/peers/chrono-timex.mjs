// Runs chrono-node over the TempEval-3 platinum documents and writes its expressions as JSON
// {docId: [{start, end, type, value}]} with offsets in the tag-stripped TEXT, stripped exactly as the
// C# scorer (tests/Triangulate.Quality/Timex/TimeMlDocument.cs) does, so both are scored alike.
// Usage: node chrono-timex.mjs <te3-platinum folder> <output.json>
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(path.join(path.dirname(new URL(import.meta.url).pathname), 'chrono-node', 'package.json'));
const chrono = require('chrono-node');
const [folder, output] = process.argv.slice(2);

function strip(body) {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '<') { i = body.indexOf('>', i); continue; }
    if (c === '&') {
      const semi = body.indexOf(';', i);
      const e = body.slice(i + 1, semi);
      out += ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e] ?? '?';
      i = semi;
      continue;
    }
    out += c;
  }
  return out;
}

const pad = (n, w = 2) => String(n).padStart(w, '0');

function value(component, withTime) {
  const y = component.get('year'), m = component.get('month'), d = component.get('day');
  if (component.isCertain('day') || component.isCertain('weekday')) {
    const date = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
    return withTime ? `${date}T${pad(component.get('hour'))}:${pad(component.get('minute'))}` : date;
  }
  if (component.isCertain('month')) return `${pad(y, 4)}-${pad(m)}`;
  if (component.isCertain('year')) return pad(y, 4);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

const result = {};
for (const file of fs.readdirSync(folder).filter(f => f.endsWith('.tml')).sort()) {
  const xml = fs.readFileSync(path.join(folder, file), 'utf8');
  const docId = /<DOCID>\s*(.*?)\s*<\/DOCID>/s.exec(xml)[1];
  const dct = /<DCT>.*?value="(\d{4})-(\d{2})-(\d{2})/s.exec(xml);
  const ref = new Date(Date.UTC(+dct[1], +dct[2] - 1, +dct[3], 12, 0, 0));
  const start = xml.indexOf('<TEXT>') + 6;
  const text = strip(xml.slice(start, xml.indexOf('</TEXT>', start)));
  result[docId] = chrono.parse(text, ref).map(r => {
    const withTime = r.start.isCertain('hour');
    return { start: r.index, end: r.index + r.text.length, type: withTime ? 'TIME' : 'DATE', value: value(r.start, withTime) };
  });
}

fs.writeFileSync(output, JSON.stringify(result, null, 1));
console.log(`chrono-node wrote ${Object.values(result).reduce((a, v) => a + v.length, 0)} expressions for ${Object.keys(result).length} documents to ${output}`);
