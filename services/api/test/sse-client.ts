export interface SseMessage {
  id: string | null;
  event: string | null;
  data: string;
}

/**
 * Reads Server-Sent Events from a fetch response body until `onMessage` returns false or the stream
 * ends; returns the comment lines seen (heartbeats).
 */
export async function readSse(
  response: Response,
  onMessage: (message: SseMessage) => boolean,
): Promise<{ comments: string[] }> {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const comments: string[] = [];
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return { comments };
      buffer += decoder.decode(value, { stream: true });
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        end = buffer.indexOf('\n\n');
        const message: SseMessage = { id: null, event: null, data: '' };
        let hasData = false;
        for (const line of block.split('\n')) {
          if (line.startsWith(':')) comments.push(line.slice(1).trim());
          else if (line.startsWith('id: ')) message.id = line.slice(4);
          else if (line.startsWith('event: ')) message.event = line.slice(7);
          else if (line.startsWith('data: ')) {
            message.data += (hasData ? '\n' : '') + line.slice(6);
            hasData = true;
          }
        }
        if (hasData && !onMessage(message)) return { comments };
      }
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
