// Mozilla Readability over the article-extraction benchmark's pages, in one Node process: a warm-up
// pass, then a timed pass whose texts are written as OUT/ID.txt, with OUT/run.json giving the speed.
// Each page is decoded as UTF-8 (all 181 are; jsdom given bytes without a meta charset would fall
// back to Windows-1252) and given its URL from the ground truth; the text is Readability's
// textContent, as the benchmark's own Readability runner takes it.
// Usage: node bench/readability-extract.mjs BENCHMARK_DIR OUT_DIR  (run by bench/extraction-peer.sh)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(process.env.PEER_MODULES + '/');
const { Readability } = require('@mozilla/readability');
const { JSDOM, VirtualConsole } = require('jsdom');
const readabilityVersion = require('@mozilla/readability/package.json').version;

const [benchmark, out] = process.argv.slice(2);
const truth = JSON.parse(readFileSync(join(benchmark, 'ground-truth.json'), 'utf8'));
const pages = Object.entries(truth).map(([id, page]) => ({
  id,
  url: page.url,
  html: gunzipSync(readFileSync(join(benchmark, 'html', id + '.html.gz'))).toString('utf8'),
}));
// pages log CSS and script complaints; they are not Readability's output
const quiet = new VirtualConsole();

function extractAll() {
  return pages.map(({ url, html }) => {
    const dom = new JSDOM(html, { url, virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    dom.window.close();
    return article && article.textContent ? article.textContent : '';
  });
}

extractAll(); // warm-up
const start = process.hrtime.bigint();
const texts = extractAll();
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
mkdirSync(out, { recursive: true });
pages.forEach(({ id }, i) => writeFileSync(join(out, id + '.txt'), texts[i], 'utf8'));
const pagesPerSecond = pages.length / seconds;
writeFileSync(join(out, 'run.json'), JSON.stringify({ name: 'Readability.js ' + readabilityVersion, pagesPerSecond }));
console.error(`Readability.js ${readabilityVersion}: ${pages.length} pages in ${seconds.toFixed(2)} s, ${pagesPerSecond.toFixed(1)} pages/s`);
