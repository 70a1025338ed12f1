import { useState, type FormEvent } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { sendJson } from '../../lib/api.ts';
import { formatCost, formatTime } from '../../lib/format.ts';
import { MessageContent } from './MessageContent.tsx';
import type { ChatAnswer, ChatTurn, Exchange, ExchangeUsage } from './types.ts';

const ROLE_LABEL: Record<ChatTurn['role'], string> = {
  system: 'System',
  user: 'User',
  assistant: 'Assistant',
};

/** Sums an exchange's usage entries into one. */
export function totalUsage(usage: ExchangeUsage[] | ExchangeUsage | undefined): ExchangeUsage | undefined {
  if (!usage) return undefined;
  if (!Array.isArray(usage)) return usage;
  if (usage.length === 0) return undefined;
  const first = usage[0];
  return {
    ...first,
    inputTokens: usage.reduce((sum, u) => sum + (u.inputTokens ?? 0), 0),
    outputTokens: usage.reduce((sum, u) => sum + (u.outputTokens ?? 0), 0),
    latencyMs: usage.reduce((sum, u) => sum + (u.latencyMs ?? 0), 0),
    costUsd: usage.some((u) => u.costUsd === null)
      ? null
      : usage.reduce((sum, u) => sum + (u.costUsd ?? 0), 0),
  };
}

function usageText(usage: ExchangeUsage | undefined): string | null {
  if (!usage) return null;
  const tokens = (usage.inputTokens ?? 0) + (usage.outputTokens ?? 0);
  const parts = [`${usage.inputTokens ?? 0} in + ${usage.outputTokens ?? 0} out = ${tokens} tokens`];
  if (usage.costUsd !== undefined && usage.costUsd !== null) parts.push(formatCost(usage.costUsd));
  if (usage.latencyMs !== undefined) parts.push(`${Math.round(usage.latencyMs)} ms`);
  return parts.join(' · ');
}

function Turn({ turn, who, label }: { turn: ChatTurn; who?: string; label?: string }) {
  return (
    <li className={`turn turn-${turn.role}`} aria-label={label ?? `${ROLE_LABEL[turn.role]} message`}>
      <div className="turn-role">
        <span className="role-name">{ROLE_LABEL[turn.role]}</span>
        {who ? <span className="muted"> · {who}</span> : null}
        {turn.images ? <span className="muted"> · {turn.images} image(s) sent, not shown</span> : null}
      </div>
      <MessageContent content={turn.content} />
    </li>
  );
}

/**
 * One model exchange as a chat transcript (what the run sent, what came back), then the follow-up
 * conversation and a box to continue it: the question goes to the same model with the original
 * exchange as history, so it can be asked why it decided what it did.
 */
export function ExchangeView({ runId, exchange }: { runId: string; exchange: Exchange }) {
  const saved = exchange.followUps;
  const [followUps, setFollowUps] = useState<ChatTurn[]>(
    Array.isArray(saved) ? saved : (saved?.messages ?? []),
  );
  /** Usage of each assistant reply of the follow-up, in order. */
  const [replyUsage, setReplyUsage] = useState<ExchangeUsage[]>(
    Array.isArray(saved) ? [] : (saved?.usage ?? []),
  );
  const [question, setQuestion] = useState('');
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const usage = totalUsage(exchange.usage);
  const scripted = usage?.source === 'scripted';
  const who = `${exchange.model}${scripted ? ' (scripted test double)' : ''}`;

  const ask = async (event: Pick<FormEvent, 'preventDefault'>) => {
    event.preventDefault();
    const text = question.trim();
    if (!text) return;
    const messages: ChatTurn[] = [...followUps, { role: 'user', content: text }];
    setPending(text);
    setError(null);
    try {
      const answer = await sendJson<ChatAnswer>(
        `/runs/${encodeURIComponent(runId)}/exchanges/${exchange.n}/chat`,
        { messages },
      );
      setFollowUps([...messages, answer.reply]);
      const replyCost = answer.usage;
      if (replyCost) setReplyUsage((list) => [...list, replyCost]);
      setQuestion('');
    } catch (e) {
      setError(e);
    } finally {
      setPending(null);
    }
  };

  return (
    <article className="card exchange" id={`exchange-${exchange.n}`} aria-label={`Exchange ${exchange.n}`}>
      <header className="exchange-head">
        <h2>
          Exchange {exchange.n}
          {exchange.step !== undefined ? <span className="muted"> · step {exchange.step}</span> : null}
          <span className="muted"> · attempt {exchange.attempt}</span>
        </h2>
        <div className="muted small">
          <code>{exchange.model}</code>
          {exchange.proposer !== exchange.model ? <> via {exchange.proposer}</> : null} ·{' '}
          {formatTime(exchange.at)}
          {usageText(usage) ? <> · {usageText(usage)}</> : null}
          {scripted ? <span className="badge status-awaiting-review">scripted, not a real model</span> : null}
        </div>
      </header>
      <ol className="transcript" aria-label={`Transcript of exchange ${exchange.n}`}>
        {exchange.messages.map((turn, index) => (
          <Turn key={index} turn={turn} />
        ))}
        <Turn turn={{ role: 'assistant', content: exchange.response }} who={who} label="Model response" />
      </ol>
      {followUps.length || pending ? (
        <>
          <h3 className="follow-up-title">Follow-up</h3>
          <ol className="transcript follow-ups" aria-label={`Follow-up of exchange ${exchange.n}`}>
            {followUps.map((turn, index) => (
              <li
                key={index}
                className={`turn turn-${turn.role}`}
                aria-label={`Follow-up ${turn.role} message`}
              >
                <div className="turn-role">
                  <span className="role-name">{ROLE_LABEL[turn.role]}</span>
                  {turn.role === 'assistant' ? <span className="muted"> · {who}</span> : null}
                  {turn.role === 'assistant' && replyUsage[assistantIndex(followUps, index)] ? (
                    <span className="muted small">
                      {' '}
                      · {usageText(replyUsage[assistantIndex(followUps, index)])}
                    </span>
                  ) : null}
                </div>
                <MessageContent content={turn.content} />
              </li>
            ))}
            {pending ? (
              <>
                <li className="turn turn-user">
                  <div className="turn-role">
                    <span className="role-name">User</span>
                  </div>
                  <div className="message-text">{pending}</div>
                </li>
                <li className="turn turn-assistant" aria-busy="true">
                  <div className="turn-role">
                    <span className="role-name">Assistant</span>
                  </div>
                  <div className="muted">waiting for the model…</div>
                </li>
              </>
            ) : null}
          </ol>
        </>
      ) : null}
      <form className="chat-box" onSubmit={(e) => void ask(e)}>
        <label>
          Ask the model about this exchange
          <textarea
            rows={2}
            value={question}
            placeholder="Why did you pick this selector?"
            onChange={(e) => setQuestion(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) void ask(e);
            }}
            disabled={pending !== null}
          />
        </label>
        <div className="toolbar">
          <button type="submit" className="primary" disabled={pending !== null || question.trim() === ''}>
            {pending !== null ? 'Asking…' : 'Ask'}
          </button>
          <span className="muted small">
            Sent to <code>{exchange.model}</code> with this exchange as history (Ctrl+Enter sends).
          </span>
        </div>
        <ErrorNotice error={error} />
      </form>
    </article>
  );
}

/** How many assistant replies come before position `index` of a conversation. */
function assistantIndex(turns: ChatTurn[], index: number): number {
  return turns.slice(0, index).filter((t) => t.role === 'assistant').length;
}
