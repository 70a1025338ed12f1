import { useState } from 'react';
import { CodeBlock, type CodeLanguage } from '../../components/CodeView.tsx';

const LONG_CHARS = 1_200;
const LONG_LINES = 16;

interface Part {
  kind: 'text' | 'code';
  text: string;
  language: CodeLanguage;
}

function languageOf(tag: string, code: string): CodeLanguage {
  const t = tag.trim().toLowerCase();
  if (['ts', 'typescript', 'js', 'javascript', 'tsx', 'jsx'].includes(t)) return 'typescript';
  if (['json', 'jsonc', 'jsonl'].includes(t)) return 'json';
  if (['diff', 'patch'].includes(t)) return 'diff';
  if (!t && /^\s*[[{]/.test(code)) return 'json';
  return 'plaintext';
}

/** Split a message on fenced code blocks (```lang … ```), so code can be highlighted. */
export function splitMessage(content: string): Part[] {
  const parts: Part[] = [];
  const fence = /```([^\n`]*)\n([\s\S]*?)(?:```|$)/g;
  let last = 0;
  for (let match = fence.exec(content); match; match = fence.exec(content)) {
    if (match.index > last)
      parts.push({ kind: 'text', text: content.slice(last, match.index), language: 'plaintext' });
    const code = match[2] ?? '';
    parts.push({ kind: 'code', text: code.replace(/\n$/, ''), language: languageOf(match[1] ?? '', code) });
    last = match.index + match[0].length;
  }
  if (last < content.length) parts.push({ kind: 'text', text: content.slice(last), language: 'plaintext' });
  return parts;
}

/** A JSON answer (structured output) pretty-printed, anything else as it came. */
function prettyIfJson(content: string): string | null {
  const trimmed = content.trim();
  if (!/^[[{]/.test(trimmed)) return null;
  try {
    return JSON.stringify(JSON.parse(trimmed), null, 2);
  } catch {
    return null;
  }
}

/**
 * One message's text: code fences highlighted, a whole-JSON answer pretty-printed, and long
 * messages (prompts with page snapshots run to pages) folded until asked for.
 */
export function MessageContent({ content }: { content: string }) {
  const lines = content.split('\n').length;
  const long = content.length > LONG_CHARS || lines > LONG_LINES;
  const [open, setOpen] = useState(!long);
  const json = prettyIfJson(content);
  const shown = open ? content : content.split('\n').slice(0, 8).join('\n').slice(0, 700);
  return (
    <div className="message-content">
      {json !== null && open ? (
        <CodeBlock code={json} language="json" />
      ) : (
        splitMessage(shown).map((part, index) =>
          part.kind === 'code' ? (
            <CodeBlock key={index} code={part.text} language={part.language} />
          ) : (
            <div key={index} className="message-text">
              {part.text}
            </div>
          ),
        )
      )}
      {long ? (
        <button type="button" className="link-button" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
          {open
            ? 'Fold'
            : `Show all (${lines.toLocaleString('en-US')} lines, ${content.length.toLocaleString('en-US')} characters)`}
        </button>
      ) : null}
    </div>
  );
}
