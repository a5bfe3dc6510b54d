// Real-browser test: loads the built ESM bundle (dist/index.js, as published, with its chunks) in
// headless Chromium and checks that every call of cases.mjs returns exactly what Node returns.
// With --docs it also opens the rendered dunning guide (docs-dist/api) and checks that its Mermaid
// diagram was drawn; --screenshot <file.png> saves a picture of that page.
//
// Run it after `npm run build` (and `npm run docs` for --docs): `npm run test:browser`.
// Chromium: $IMPAYES_CHROMIUM, else `chromium`, `chromium-browser` or `google-chrome` on the PATH
// (Debian: `apt-get install chromium`; .ci/run installs it). When none is found the test FAILS
// under CI (CI set and not "false"/"0"), and is SKIPPED with a warning on a developer machine,
// so that `npm test` stays usable where no browser can be installed.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cases, runCases } from './cases.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const args = process.argv.slice(2);
const withDocs = args.includes('--docs');
const screenshotIndex = args.indexOf('--screenshot');
const screenshot = screenshotIndex >= 0 ? resolve(args[screenshotIndex + 1] ?? '') : undefined;
const inCi = !!process.env.CI && !['false', '0'].includes(process.env.CI);

function fail(message) {
  console.error(`browser test FAILED: ${message}`);
  process.exit(1);
}

function findChromium() {
  if (process.env.IMPAYES_CHROMIUM) return process.env.IMPAYES_CHROMIUM;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim();
    } catch {
      // not on the PATH: try the next name
    }
  }
  return undefined;
}

// Bare imports of dist/*.js (zod/mini, date-fns…) resolved as Node resolves them, for the page's
// import map. The dependencies have no "browser" export condition, so a bundler would pick the
// same files. A bare import inside a dependency is not mapped: the page would fail to load.
function importMap() {
  const specifiers = new Set();
  const files = readdirSync(join(root, 'dist'), { recursive: true }).filter((f) =>
    f.endsWith('.js'),
  );
  for (const file of files.map((f) => join('dist', f))) {
    const code = readFileSync(join(root, file), 'utf8');
    // tsup writes one import or re-export statement per line group, at the top of each file.
    for (const m of code.matchAll(
      /^(?:import|export)\s[^'"]*?\bfrom\s*["']([^"'./][^"']*)["']/gm,
    )) {
      specifiers.add(m[1]);
    }
    for (const m of code.matchAll(/^import\s*["']([^"'./][^"']*)["']/gm)) specifiers.add(m[1]);
  }
  const imports = {};
  for (const spec of specifiers) {
    imports[spec] = `/${relative(root, fileURLToPath(import.meta.resolve(spec)))
      .split(sep)
      .join('/')}`;
  }
  return { imports };
}

const types = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.html': 'text/html',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};
const served = ['dist', 'node_modules', 'test/browser', 'docs-dist'].map((d) => join(root, d));

function page(map) {
  return `<!doctype html><meta charset="utf-8"><title>impayes-core in the browser</title>
<script type="importmap">${JSON.stringify(map)}</script>
<script type="module">
  import * as lib from '/dist/index.js';
  import { runCases } from '/test/browser/cases.mjs';
  try { window.results = runCases(lib); } catch (e) { window.results = 'FAILED: ' + e; }
</script>`;
}

/** A static server on 127.0.0.1 for the page, the bundle, its dependencies and the docs. */
function serve(html) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (path === '/') {
      res.writeHead(200, { 'content-type': 'text/html' }).end(html);
      return;
    }
    const file = join(root, path);
    const allowed = served.some((dir) => file.startsWith(dir + sep));
    if (!allowed || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': type }).end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** Names of the cases whose browser result differs from Node's, with both values. */
function differences(nodeText, browserText) {
  if (!browserText.startsWith('[')) return [`the page did not run: ${browserText}`];
  const node = JSON.parse(nodeText);
  const browser = JSON.parse(browserText);
  return node.flatMap((n, i) => {
    const b = JSON.stringify(browser[i]);
    return JSON.stringify(n) === b
      ? []
      : [`${n.name}:\n  node:    ${JSON.stringify(n)}\n  browser: ${b}`];
  });
}

async function checkBundle(browser, origin, nodeText) {
  // A far time zone and another locale: results must not depend on either.
  const context = await browser.newContext({ timezoneId: 'Pacific/Kiritimati', locale: 'de-DE' });
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  tab.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
  await tab.goto(`${origin}/`);
  await tab
    .waitForFunction(() => window.results !== undefined, null, { timeout: 30_000 })
    .catch(() => {}); // reported below as "no result", with the page's errors
  const browserText = await tab.evaluate(() => window.results ?? 'no result');
  await context.close();
  const diffs = differences(nodeText, String(browserText));
  if (errors.length > 0) diffs.push(`page errors: ${errors.join(' | ')}`);
  return diffs;
}

async function checkDocs(browser, origin) {
  const dir = join(root, 'docs-dist/api/documents');
  const name = existsSync(dir) ? readdirSync(dir).find((f) => f.startsWith('dunning.')) : undefined;
  if (!name) return ['docs-dist/api/documents/dunning.*.html is missing: run `npm run docs` first'];
  const tab = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await tab.goto(`${origin}/docs-dist/api/documents/${encodeURIComponent(name)}`);
  const drawn = await tab
    .waitForSelector('div.mermaid > svg', { timeout: 30_000 })
    .then(() =>
      tab.$eval('div.mermaid > svg', (svg) => {
        const box = svg.getBoundingClientRect();
        return {
          width: box.width,
          height: box.height,
          states: svg.querySelectorAll('g.node').length,
        };
      }),
    )
    .catch((e) => ({ error: String(e) }));
  if (screenshot && !drawn.error) {
    const diagram = await tab.$('div.mermaid');
    await tab.waitForTimeout(500); // the theme's own script may scroll the page once loaded
    await diagram?.scrollIntoViewIfNeeded();
    await tab.screenshot({ path: screenshot });
    console.log(`screenshot of the dunning guide: ${screenshot}`);
  }
  await tab.close();
  if (drawn.error) return [`the dunning guide's diagram was not drawn: ${drawn.error}`];
  // The guide's state machine has a dozen statuses: an empty or broken drawing has none.
  if (drawn.states < 10 || drawn.width < 100)
    return [`the dunning diagram looks empty: ${JSON.stringify(drawn)}`];
  return [];
}

async function main() {
  if (!existsSync(join(root, 'dist/index.js')))
    fail('dist/index.js is missing: run `npm run build` first');
  const executablePath = findChromium();
  if (!executablePath) {
    const how = 'install Chromium (Debian: apt-get install chromium) or set IMPAYES_CHROMIUM';
    if (inCi) fail(`no Chromium found under CI: ${how}`);
    console.warn(`browser test SKIPPED: no Chromium found on this machine; ${how}. CI fails here.`);
    return;
  }
  const lib = await import(pathToFileURL(join(root, 'dist/index.js')).href);
  const nodeText = runCases(lib);
  const { chromium } = await import('playwright-core');
  const server = await serve(page(importMap()));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath, headless: true });
  try {
    const diffs = await checkBundle(browser, origin, nodeText);
    const docDiffs = withDocs ? await checkDocs(browser, origin) : [];
    const version = browser.version();
    if (diffs.length + docDiffs.length > 0)
      fail(`(Chromium ${version})\n${[...diffs, ...docDiffs].join('\n')}`);
    const docs = withDocs ? ', dunning diagram drawn' : '';
    console.log(
      `browser (Chromium ${version}): ${cases.length} calls return what Node returns${docs}`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
