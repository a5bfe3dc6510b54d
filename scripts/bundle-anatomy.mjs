// What a bundle of one import is made of (issue 17): bundles `import { name } from src/index.ts`
// the way size-limit does (esbuild, minified, tree-shaken), then prints the min+brotli total, the
// largest source files (their share of the brotli size, by minified bytes) and the marginal cost
// of zod, decimal.js and the FR/EN catalogues (the bundle again without them).
// Run: `node scripts/bundle-anatomy.mjs nextDunningStep [computeLatePenalties …]`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const CATALOGUES = /\/src\/[a-z]+\/text\.(fr|en)\.ts$/;
const ENGLISH = /\/src\/[a-z]+\/text\.en\.ts$/;

// A catalogue module replaced by empty objects under the same names.
const stub = (filter) => ({
  name: 'stub-catalogues',
  setup(b) {
    if (filter === undefined) return;
    b.onLoad({ filter }, (a) => {
      const names = [...readFileSync(a.path, 'utf8').matchAll(/export const (\w+)/g)];
      return { contents: names.map((m) => `export const ${m[1]} = {};`).join('\n'), loader: 'ts' };
    });
  },
});

async function bundle(name, external = [], without = undefined) {
  const result = await build({
    stdin: {
      contents: `import { ${name} } from './src/index.ts'; console.log(${name});`,
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    treeShaking: true,
    metafile: true,
    write: false,
    format: 'esm',
    logLevel: 'silent',
    external,
    plugins: [stub(without)],
  });
  const code = result.outputFiles[0].contents;
  return { code, brotli: brotliCompressSync(code).length, meta: result.metafile };
}

const kb = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
for (const name of process.argv.slice(2)) {
  const full = await bundle(name);
  const deps = ['zod', 'zod/*', 'decimal.js'];
  const noZod = await bundle(name, ['zod', 'zod/*']);
  const noDecimal = await bundle(name, ['decimal.js']);
  const noEnglish = await bundle(name, [], ENGLISH);
  const noText = await bundle(name, [], CATALOGUES);
  const ownCore = await bundle(name, deps, CATALOGUES);
  console.log(`${name}: ${kb(full.brotli)} min+brotli (${kb(full.code.length)} min)`);
  console.log(
    `  marginal: zod ${kb(full.brotli - noZod.brotli)}, decimal.js ${kb(full.brotli - noDecimal.brotli)},` +
      ` EN catalogues ${kb(full.brotli - noEnglish.brotli)}, FR+EN catalogues ${kb(full.brotli - noText.brotli)};` +
      ` without all of them ${kb(ownCore.brotli)}`,
  );
  const inputs = Object.values(full.meta.outputs)[0].inputs;
  const groups = new Map();
  for (const [file, { bytesInOutput }] of Object.entries(inputs)) {
    const pkg = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(file)?.[1];
    const key = pkg === undefined ? file : `${pkg} (package)`;
    groups.set(key, (groups.get(key) ?? 0) + bytesInOutput);
  }
  const top = [...groups].sort((a, b) => b[1] - a[1]).slice(0, 15);
  for (const [file, bytes] of top)
    console.log(`  ${file.padEnd(42)} ~${kb((bytes / full.code.length) * full.brotli)}`);
}
