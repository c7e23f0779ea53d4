/**
 * A refusal of the request itself (bad JSON, a missing header, an unknown route). Provider-shaped
 * answers (an empty balance, a rate limit) are not ApiErrors: they are fixtures, sent as they are.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly param: string | undefined;
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    status: number,
    code: string,
    message: string,
    options: { param?: string; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.param = options.param;
    this.headers = options.headers ?? {};
  }

  /** The body every non-provider refusal uses: one stable `code` for tests, a plain message for people. */
  toBody(): {
    error: {
      type: 'invalid_request_error' | 'server_error';
      code: string;
      message: string;
      param: string | null;
    };
  } {
    return {
      error: {
        type: this.status >= 500 ? 'server_error' : 'invalid_request_error',
        code: this.code,
        message: this.message,
        param: this.param ?? null,
      },
    };
  }
}

export function badRequest(code: string, message: string, param?: string): ApiError {
  return new ApiError(400, code, message, param === undefined ? {} : { param });
}
