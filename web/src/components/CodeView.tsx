import hljs from 'highlight.js/lib/core';
import diffLanguage from 'highlight.js/lib/languages/diff';
import json from 'highlight.js/lib/languages/json';
import typescript from 'highlight.js/lib/languages/typescript';
import { useMemo } from 'react';
import './code.css';

hljs.registerLanguage('typescript', typescript);
hljs.registerLanguage('json', json);
hljs.registerLanguage('diff', diffLanguage);

export type CodeLanguage = 'typescript' | 'json' | 'diff' | 'plaintext';

/**
 * Highlight source as HTML. highlight.js escapes the text it is given, so the result is safe to
 * inject; anything it cannot parse is shown escaped and unhighlighted.
 */
export function highlight(source: string, language: CodeLanguage): string {
  if (language === 'plaintext') return escapeHtml(source);
  try {
    return hljs.highlight(source, { language, ignoreIllegals: true }).value;
  } catch {
    return escapeHtml(source);
  }
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Read-only source with syntax highlighting and line numbers (numbers are CSS counters, so copying
 * the code copies only the code).
 */
export function CodeView({
  source,
  language = 'typescript',
  label,
  maxHeight,
}: {
  source: string;
  language?: CodeLanguage;
  /** Accessible name of the code region (e.g. "transform.ts"). */
  label: string;
  maxHeight?: number;
}) {
  const lines = useMemo(() => highlightLines(source, language), [source, language]);
  return (
    <div className="code-view" role="region" aria-label={label} style={maxHeight ? { maxHeight } : undefined}>
      <pre>
        <code className={`hljs language-${language}`}>
          {lines.map((html, i) => (
            <span key={i} className="code-line" dangerouslySetInnerHTML={{ __html: html || ' ' }} />
          ))}
        </code>
      </pre>
    </div>
  );
}

/**
 * Highlight the whole text once (so multi-line strings and comments stay right), then split the
 * HTML into lines, closing and reopening the spans a line break cuts through.
 */
export function highlightLines(source: string, language: CodeLanguage): string[] {
  const html = highlight(source.replace(/\n$/, ''), language);
  const lines: string[] = [];
  let open: string[] = [];
  for (const raw of html.split('\n')) {
    const line = open.join('') + raw;
    const stillOpen = [...open];
    for (const tag of raw.matchAll(/<span[^>]*>|<\/span>/g)) {
      if (tag[0] === '</span>') stillOpen.pop();
      else stillOpen.push(tag[0]);
    }
    lines.push(line + '</span>'.repeat(stillOpen.length));
    open = stillOpen;
  }
  return lines;
}

/** A snippet with syntax highlighting and no line numbers (messages, exported tests, specs). */
export function CodeBlock({
  code,
  language,
  label,
}: {
  code: string;
  language: CodeLanguage;
  /** Accessible name of the block, e.g. "Playwright test source". */
  label?: string;
}) {
  const html = useMemo(() => highlight(code, language), [code, language]);
  return (
    <pre className="code-block" aria-label={label} role={label ? 'region' : undefined}>
      <code className={`hljs language-${language}`} dangerouslySetInnerHTML={{ __html: html }} />
    </pre>
  );
}
