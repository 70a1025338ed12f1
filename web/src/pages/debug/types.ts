/** Shapes of the model-exchange routes (docs/server.md): `GET /runs/:id/exchanges` and its chat. */

export interface ChatTurn {
  role: 'system' | 'user' | 'assistant';
  content: string;
  /** Images sent with the message (vision screenshots): counted, not returned. */
  images?: number;
}

export interface ExchangeUsage {
  provider?: string;
  model?: string;
  inputTokens?: number;
  outputTokens?: number;
  latencyMs?: number;
  costUsd?: number | null;
  /** 'scripted' for test doubles: their answers are never a real model's. */
  source?: string;
}

/** One model call a run made, with the follow-up conversation a person had about it. */
export interface Exchange {
  n: number;
  attempt: number;
  step?: number;
  proposer: string;
  model: string;
  at: string;
  messages: ChatTurn[];
  response: string;
  /** One entry per model call behind the exchange (retries included); older servers sent one object. */
  usage?: ExchangeUsage[] | ExchangeUsage;
  /** The saved follow-up chat: `{messages, usage}` (one usage per reply), or null before any. */
  followUps?: FollowUpChat | ChatTurn[] | null;
}

export interface FollowUpChat {
  messages: ChatTurn[];
  usage?: ExchangeUsage[];
  updatedAt?: string;
}

/** What the local engine reported instead of model calls. */
export interface LocalReport {
  attempt: number;
  step?: number;
  proposer: string;
  notes: string[];
  error?: string;
}

export interface ExchangesAnswer {
  exchanges: Exchange[];
  /** Why there are none (e.g. the local engine makes no model calls), and what it reported instead. */
  note?: string;
  local?: LocalReport[];
}

export interface ChatAnswer {
  reply: ChatTurn;
  usage?: ExchangeUsage;
}
