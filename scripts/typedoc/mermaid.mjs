// TypeDoc plugin: draws the ```mermaid blocks of the guides and comments as diagrams.
// typedoc.json lists "mermaid" in ignoredHighlightLanguages, so such a block is rendered as
// <pre><code class="mermaid">…</code></pre> without a warning. This plugin copies the
// self-contained browser build of Mermaid (@mermaid-js/tiny, a dev dependency) into the output
// and adds a small script to every page, which loads that build only on pages that have a diagram:
// the docs work offline, with no CDN at view time.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { JSX, RendererEvent } from 'typedoc';

const require = createRequire(import.meta.url);
const bundle = require.resolve('@mermaid-js/tiny/dist/mermaid.tiny.js');

// Runs in the browser: turns each mermaid code block into a diagram, in the theme the reader chose.
const init = `(() => {
  const blocks = [...document.querySelectorAll('pre > code.mermaid')];
  if (blocks.length === 0) return;
  const loader = document.createElement('script');
  loader.src = document.currentScript.dataset.mermaid;
  loader.onload = () => draw(blocks);
  document.body.append(loader);
})();
function draw(blocks) {
  const theme = document.documentElement.dataset.theme;
  const dark = theme === 'dark' || (theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
  for (const code of blocks) {
    const diagram = document.createElement('div');
    diagram.className = 'mermaid';
    diagram.style.overflowX = 'auto';
    diagram.textContent = code.textContent;
    code.parentElement.replaceWith(diagram);
  }
  window.mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    theme: dark ? 'dark' : 'default',
  });
  window.mermaid.run({ querySelector: 'div.mermaid' }).then(() => {
    for (const svg of document.querySelectorAll('div.mermaid > svg')) zoomable(svg);
  });
}
// A large diagram is first shrunk to the column width; a click shows it at natural size, to scroll.
function zoomable(svg) {
  const natural = svg.style.maxWidth;
  if (!natural) return;
  svg.style.cursor = 'zoom-in';
  svg.setAttribute('title', 'Click to show at full size');
  svg.addEventListener('click', () => {
    const zoomed = svg.style.width === natural;
    svg.style.width = zoomed ? '' : natural;
    svg.style.cursor = zoomed ? 'zoom-in' : 'zoom-out';
  });
}
`;

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.renderer.hooks.on('body.end', (context) =>
    JSX.createElement('script', {
      src: context.relativeURL('assets/mermaid-init.js'),
      'data-mermaid': context.relativeURL('assets/mermaid.tiny.js'),
    }),
  );
  app.renderer.on(RendererEvent.END, (event) => {
    const assets = join(event.outputDirectory, 'assets');
    mkdirSync(assets, { recursive: true });
    copyFileSync(bundle, join(assets, 'mermaid.tiny.js'));
    writeFileSync(join(assets, 'mermaid-init.js'), init);
  });
}
