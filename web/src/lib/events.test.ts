import { describe, expect, it } from 'vitest';
import { parseSse } from './events.ts';

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

async function collect(chunks: string[]) {
  const out: { event: string; data: string }[] = [];
  for await (const message of parseSse(streamOf(chunks))) out.push(message);
  return out;
}

describe('parseSse', () => {
  it('reads messages split anywhere across chunks, including inside a UTF-8 character', async () => {
    const text = 'id: 1\ndata: {"name":"Zoë"}\n\nid: 2\ndata: {"n":2}\n\n';
    const bytes = new TextEncoder().encode(text);
    const cut = text.indexOf('ë') + 1; // the byte after ë's first byte
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, cut));
        controller.enqueue(bytes.slice(cut, cut + 5));
        controller.enqueue(bytes.slice(cut + 5));
        controller.close();
      },
    });
    const out: string[] = [];
    for await (const message of parseSse(stream)) out.push(message.data);
    expect(out).toEqual(['{"name":"Zoë"}', '{"n":2}']);
  });

  it('drops comments and heartbeats, keeps named events, joins multi-line data, accepts CRLF', async () => {
    expect(
      await collect([
        ': heartbeat 1\n\n',
        'event: end\r\ndata: {"status":"completed"}\r\n\r\n',
        'data: line one\ndata: line two\n\n',
      ]),
    ).toEqual([
      { event: 'end', data: '{"status":"completed"}' },
      { event: 'message', data: 'line one\nline two' },
    ]);
  });

  it('ignores an unfinished message at the end of the stream', async () => {
    expect(await collect(['data: complete\n\n', 'data: cut off'])).toEqual([
      { event: 'message', data: 'complete' },
    ]);
  });
});
