import { describe, expect, it } from 'vitest';
import { stripHtmlForModel } from './html-strip.ts';

describe('stripHtmlForModel', () => {
  it('keeps tags, text and the attributes a model needs; drops the rest', () => {
    const html =
      '<form class="signup" data-track="x" onsubmit="go()"><label style="color:red">Email ' +
      '<input type="email" name="email" id="e" placeholder="you@example.com" autocomplete="email" required></label>' +
      '<a href="/terms" target="_blank" aria-label="Terms" role="link">terms</a>' +
      '<input type="hidden" name="csrf" value="abc"></form>';
    expect(stripHtmlForModel(html)).toBe(
      '<form><label>Email <input type="email" name="email" id="e" placeholder="you@example.com"></label>' +
        '<a href="/terms" aria-label="Terms" role="link">terms</a>' +
        '<input type="hidden" name="csrf" value="abc"></form>',
    );
  });

  it('drops script, style, svg, noscript and template with their contents', () => {
    const html =
      '<div><script>if (a < b) { document.write("<p>no</p>") }</script><style>p > a { color: red }</style>' +
      '<svg viewBox="0 0 10 10"><g><svg><path d="M0 0"/></svg></g><title>icon</title></svg>' +
      '<noscript><p>enable js</p></noscript><template><li>row</li></template><p>kept</p></div>';
    expect(stripHtmlForModel(html)).toBe('<div><p>kept</p></div>');
  });

  it('drops comments and doctype, collapses whitespace and keeps raw text of textareas', () => {
    const html =
      '<!doctype html><!-- a comment <b>x</b> -->\n<body>\n  <h1>  Hello\n  world </h1>\n\n' +
      '<textarea name="m"><b>not a tag</b></textarea></body>';
    expect(stripHtmlForModel(html)).toBe(
      '<body><h1> Hello world </h1><textarea name="m"><b>not a tag</b></textarea></body>',
    );
  });

  it('handles single-quoted, bare and valueless attributes, and self-closing tags', () => {
    expect(stripHtmlForModel(`<input type=checkbox name='terms' checked disabled/><br/>`)).toBe(
      '<input type="checkbox" name="terms"/><br/>',
    );
    expect(stripHtmlForModel('<option value="a&quot;b" selected>A</option>')).toBe(
      '<option value="a&quot;b">A</option>',
    );
  });

  it('keeps a lone "<" in text', () => {
    expect(stripHtmlForModel('<p>1 < 2</p>')).toBe('<p>1 < 2</p>');
  });
});
