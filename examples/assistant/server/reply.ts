/**
 * An answer to send: a JSON value, or a string sent as it is (an HTML gateway page), or null for no body.
 * Handlers return replies instead of writing to the socket, so each can be tested and stored verbatim.
 */
export interface Reply {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body: unknown;
}

export function json(status: number, body: unknown, headers?: Record<string, string>): Reply {
  return headers === undefined ? { status, body } : { status, headers, body };
}
