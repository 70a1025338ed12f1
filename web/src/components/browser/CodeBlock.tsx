import hljs from 'highlight.js/lib/core';
import diffLanguage from 'highlight.js/lib/languages/diff';
import json from 'highlight.js/lib/languages/json';
import typescript from 'highlight.js/lib/languages/typescript';
import 'highlight.js/styles/github.css';
import { useMemo } from 'react';

hljs.registerLanguage('typescript', typescript);
hljs.registerLanguage('json', json);
hljs.registerLanguage('diff', diffLanguage);

export type CodeLanguage = 'typescript' | 'json' | 'diff' | 'plaintext';

/** Source text with syntax highlighting (highlight.js escapes the text before marking it up). */
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
  const html = useMemo(() => {
    if (language === 'plaintext' || !hljs.getLanguage(language)) return null;
    return hljs.highlight(code, { language, ignoreIllegals: true }).value;
  }, [code, language]);
  return (
    <pre className="code-block" aria-label={label} role={label ? 'region' : undefined}>
      {html === null ? (
        <code>{code}</code>
      ) : (
        <code className={`hljs language-${language}`} dangerouslySetInnerHTML={{ __html: html }} />
      )}
    </pre>
  );
}
