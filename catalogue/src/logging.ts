// Structured JSON logs (pino, through Fastify) with the request id. A request is logged by its
// method, route and status only: never its body, its query text or its headers, which carry
// personal fields and the desk's token.
import type { FastifyServerOptions } from 'fastify';
import type { DestinationStream } from 'pino';

export function loggerOptions(
  level: string,
  stream?: DestinationStream,
): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({
        method: req.method,
        path: req.url.split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}
