/**
 * Shapes of the model-exchange routes (docs/server.md): `GET /runs/:id/exchanges` and its chat,
 * from the server's wire protocol (types only). The exchange itself is read leniently: files a
 * run saved before the current format (one usage object, follow-ups as a bare message list) are
 * returned as stored.
 */
import type {
  ChatAnswer as WireChatAnswer,
  Exchange as WireExchange,
  ExchangeMessage,
  ExchangesAnswer as WireExchangesAnswer,
  LocalReport as WireLocalReport,
  ModelCallUsage,
} from '../../../../src/server/protocol/index.ts';

/** A message of an exchange; images sent with it (vision screenshots) are counted, not returned. */
export type ChatTurn = ExchangeMessage;

/** One model call's usage; 'scripted' `source` for test doubles, never a real model's answer. */
export type ExchangeUsage = Partial<ModelCallUsage>;

export interface FollowUpChat {
  messages: ChatTurn[];
  usage?: ExchangeUsage[];
  updatedAt?: string;
}

/** One model call a run made, with the follow-up conversation a person had about it. */
export type Exchange = Omit<WireExchange, 'usage' | 'followUps'> & {
  /** One entry per model call behind the exchange (retries included); older runs stored one object. */
  usage?: ExchangeUsage[] | ExchangeUsage;
  /** The saved follow-up chat: `{messages, usage}` (one usage per reply), or null before any. */
  followUps?: FollowUpChat | ChatTurn[] | null;
};

/** What the local engine reported instead of model calls. */
export type LocalReport = WireLocalReport;

export type ExchangesAnswer = Omit<WireExchangesAnswer, 'exchanges'> & { exchanges: Exchange[] };

export type ChatAnswer = WireChatAnswer;
