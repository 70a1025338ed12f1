import { describe, expect, it } from 'vitest';
import { ScriptExhaustedError, ScriptedModel } from './scripted-model.ts';

describe('ScriptedModel', () => {
  it('answers from its queue, records requests and labels its usage as scripted', async () => {
    const model = new ScriptedModel(['first', { object: { action: 'click' } }]);
    const one = await model.generate({ messages: [{ role: 'user', content: 'hello' }] });
    const two = await model.generate({
      messages: [{ role: 'user', content: 'next' }],
      output: { name: 'next_action', jsonSchema: { type: 'object' } },
    });
    expect(one.text).toBe('first');
    expect(two.object).toEqual({ action: 'click' });
    expect(two.text).toBe('{"action":"click"}');
    expect(model.requests.map((r) => r.messages[0]?.content)).toEqual(['hello', 'next']);
    expect(one.usage.source).toBe('scripted');
    expect(one.usage.inputTokens).toBeGreaterThan(0);
  });

  it('computes replies from the request and throws scripted errors', async () => {
    const model = new ScriptedModel([
      (request) => `echo: ${request.messages.at(-1)?.content}`,
      { error: new Error('rate limited') },
    ]);
    expect((await model.generate({ messages: [{ role: 'user', content: 'ping' }] })).text).toBe('echo: ping');
    await expect(model.generate({ messages: [] })).rejects.toThrow('rate limited');
  });

  it('streams the text to onTextDelta and fails loudly when the script runs out', async () => {
    const model = new ScriptedModel(['streamed']);
    const deltas: string[] = [];
    await model.generate({ messages: [], onTextDelta: (d) => deltas.push(d) });
    expect(deltas.join('')).toBe('streamed');
    await expect(model.generate({ messages: [] })).rejects.toBeInstanceOf(ScriptExhaustedError);
  });
});
