/**
 * The simulated provider of the model path, run as its own process so its memory (the tokenizer's
 * tables, the HTTP server) is not counted as the caller's. It is the local OpenAI-compatible test
 * server with a fixed latency; its answers are SCRIPTED (computed with the generated transform),
 * and token counts come from a real tokenizer (o200k_base). No model is involved.
 * Usage (by phases.ts): node provider.ts <service-dir> <latency-ms>; prints `@@URL <baseUrl>`.
 */
import { getEncoding } from 'js-tiktoken';
import { startOpenAICompatibleServer } from '../../test/support/openai-server.ts';
import type { RecordedRequest, ScriptedReply } from '../../test/support/openai-server.ts';
import { importTransform } from './transform-module.ts';

const [serviceDir = '', latency = '800'] = process.argv.slice(2);
const transform = await importTransform(serviceDir);
const encoding = getEncoding('o200k_base');
const count = (text: string): number => encoding.encode(text).length;

function respond(request: RecordedRequest): ScriptedReply {
  const body = request.body as { messages: { content: string }[]; response_format?: unknown };
  const last = body.messages.at(-1)?.content ?? '{}';
  let content: string;
  try {
    content = JSON.stringify(transform(JSON.parse(last)));
  } catch {
    // A record the code rejects: a model would answer something; this one says so.
    content = JSON.stringify({ error: 'not a valid US phone number' });
  }
  const promptText =
    body.messages.map((m) => m.content).join('\n') + JSON.stringify(body.response_format ?? '');
  return {
    content,
    // ~4 tokens of chat framing per message, as OpenAI counts them.
    usage: { promptTokens: count(promptText) + 4 * body.messages.length, completionTokens: count(content) },
  };
}

const server = await startOpenAICompatibleServer({ latencyMs: Number(latency), respond });
process.stdout.write(`@@URL ${server.baseUrl}\n`);
// Lives until its parent closes stdin.
process.stdin.resume();
process.stdin.on('end', () => {
  void server.close().then(() => process.exit(0));
});
