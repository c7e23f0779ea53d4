import type { Problem } from '../problem/problem';
import { classify } from './classify';
import type { Classifier } from './classify.types';

/** Bytes of body read: error bodies are small, and a huge or endless one must not be read whole. */
const BODY_BYTES_CAP = 65_536;
/** A body that stalls is classified by its status and headers rather than awaited forever. */
const READ_TIMEOUT_MS = 5_000;

async function readBody(response: Response): Promise<string | undefined> {
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let text = '';
  try {
    // A clone, so the app can still read the body itself.
    reader = response.clone().body?.getReader();
    if (!reader) return undefined;
    const stalled = new Promise<{ done: true; value?: undefined }>((resolve) => {
      timer = setTimeout(resolve, READ_TIMEOUT_MS, { done: true });
    });
    const decoder = new TextDecoder();
    for (let bytes = 0; bytes < BODY_BYTES_CAP; ) {
      const chunk = await Promise.race([reader.read(), stalled]);
      if (chunk.done) break;
      bytes += chunk.value.byteLength;
      text += decoder.decode(chunk.value, { stream: true });
    }
    return text + decoder.decode();
  } catch {
    // A used, locked or failing body: what was read so far, and the status and headers, still speak.
    return text || undefined;
  } finally {
    clearTimeout(timer);
    reader?.cancel().catch(() => {});
  }
}

/**
 * Classifies a fetch `Response`: reads a clone of its body (any content type, at most 64 kB, at most
 * 5 s), then classifies status, headers and body together. `cause` is the response itself.
 */
export async function classifyResponse(
  response: Response,
  classifier: Classifier = classify,
): Promise<Problem> {
  const body = await readBody(response);
  let status: unknown;
  let headers: unknown;
  try {
    status = response.status;
    headers = response.headers;
  } catch {
    // Not quite a Response: the body alone still speaks.
  }
  return { ...classifier({ status, headers, body }), cause: response };
}
