import type { IncomingMessage } from 'node:http';
import { ApiError } from './api-error';
import type { AppContext } from './context';
import { readJsonBody } from './http-io';
import type { Reply } from './reply';
import { getBalance, getConfig, getHealth, getLedger } from './routes/account';
import { getControl, postControlReset, putControl, putControlBalance } from './routes/control';
import { postRecharge } from './routes/recharge';
import { postTask } from './routes/tasks';

type Handler = (context: AppContext, request: IncomingMessage, body: unknown) => Reply | Promise<Reply>;

interface Route {
  readonly handler: Handler;
  /** Whether the handler reads a JSON body; others never look at one. */
  readonly takesBody: boolean;
}

const ROUTES: Readonly<Record<string, Readonly<Record<string, Route>>>> = {
  '/api/tasks': { POST: { handler: postTask, takesBody: true } },
  '/api/balance': { GET: { handler: getBalance, takesBody: false } },
  '/api/recharge': { POST: { handler: postRecharge, takesBody: true } },
  '/api/ledger': { GET: { handler: getLedger, takesBody: false } },
  '/api/config': { GET: { handler: getConfig, takesBody: false } },
  '/api/health': { GET: { handler: getHealth, takesBody: false } },
  '/api/control': {
    GET: { handler: getControl, takesBody: false },
    PUT: { handler: (context, _request, body) => putControl(context, body), takesBody: true },
  },
  '/api/control/reset': {
    POST: { handler: (context, _request, body) => postControlReset(context, body), takesBody: true },
  },
  '/api/control/balance': {
    PUT: { handler: (context, _request, body) => putControlBalance(context, body), takesBody: true },
  },
};

export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

/** Answers one /api request; throws ApiError for anything the client should change. */
export async function handleApi(context: AppContext, request: IncomingMessage, path: string): Promise<Reply> {
  const methods = Object.hasOwn(ROUTES, path) ? ROUTES[path] : undefined;
  if (methods === undefined) throw new ApiError(404, 'not_found', `There is no endpoint at ${path}.`);
  const method = request.method ?? 'GET';
  const route = Object.hasOwn(methods, method) ? methods[method] : undefined;
  if (route === undefined) {
    const allowed = Object.keys(methods).join(', ');
    throw new ApiError(405, 'method_not_allowed', `${path} accepts ${allowed}.`, {
      headers: { allow: allowed },
    });
  }
  const body = route.takesBody ? await readJsonBody(request) : undefined;
  return route.handler(context, request, body);
}
