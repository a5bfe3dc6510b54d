// A message as blocks (paragraphs and invoice tables), written out as plain text or as an HTML
// fragment. Every piece of text is escaped in HTML: nothing from the input becomes markup.
import { escapeHtml } from '../text/internal.js';

/** @internal One invoice of a table: a heading line, its non-zero amounts, its cells. */
export interface Row {
  /** The line as a sentence (text format). */
  readonly head: string;
  /** `label : amount` lines, zero amounts left out (text format). */
  readonly amounts: ReadonlyArray<string>;
  /** One cell per column (HTML format); `''` for a zero amount. */
  readonly cells: ReadonlyArray<string>;
}

/** @internal A block of a message. */
export type Block =
  | { readonly t: 'p'; readonly lines: ReadonlyArray<string> }
  | {
      readonly t: 'table';
      readonly head: ReadonlyArray<string>;
      readonly rows: ReadonlyArray<Row>;
      /** Which columns hold amounts (right-aligned). */
      readonly numeric: ReadonlyArray<boolean>;
    };

/** @internal A paragraph of the lines given, skipping empty ones (none: no block). */
export function para(...lines: ReadonlyArray<string | null | false>): Block[] {
  const kept = lines.filter((l): l is string => typeof l === 'string' && l !== '');
  return kept.length === 0 ? [] : [{ t: 'p', lines: kept }];
}

/** @internal Plain text: paragraphs separated by a blank line, invoices as indented bullets. */
export function toText(blocks: ReadonlyArray<Block>): string {
  return blocks
    .map((b) =>
      b.t === 'p'
        ? b.lines.join('\n')
        : b.rows
            .map((r) => [`- ${r.head}`, ...r.amounts.map((a) => `    ${a}`)].join('\n'))
            .join('\n'),
    )
    .join('\n\n');
}

function cell(tag: 'th' | 'td', text: string, numeric: boolean): string {
  return `<${tag}${numeric ? ' style="text-align:right"' : ''}>${escapeHtml(text === '' ? '—' : text)}</${tag}>`;
}

/** @internal An HTML fragment: `<p>` paragraphs with `<br>` line breaks, `<table>` of invoices. */
export function toHtml(blocks: ReadonlyArray<Block>): string {
  return blocks
    .map((b) => {
      if (b.t === 'p') return `<p>${b.lines.map(escapeHtml).join('<br>')}</p>`;
      const head = b.head.map((h, i) => cell('th', h, b.numeric[i] === true)).join('');
      const rows = b.rows
        .map(
          (r) => `<tr>${r.cells.map((c, i) => cell('td', c, b.numeric[i] === true)).join('')}</tr>`,
        )
        .join('');
      return `<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
    })
    .join('\n');
}
