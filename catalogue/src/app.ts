// The HTTP server: Fastify with the protocol's routes, one error shape, no stack traces out.
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { DestinationStream } from 'pino';
import type { Database } from './db/types';
import { PROTOCOL_HEADER } from '../../domain/sync';
import { HttpError } from './errors';
import { loggerOptions } from './logging';
import { TenantEvents } from './pullWait';
import { RateLimiter } from './rateLimit';
import { catalogueRoutes } from './routes/catalogue';
import { syncRoutes } from './routes/sync';

export interface AppOptions {
  db: Database;
  bodyLimit: number;
  ratePerSecond: number;
  rateBurst: number;
  logLevel: string;
  logStream?: DestinationStream;
  /** False until migrations are done: /health answers 503 until then. */
  ready?: () => boolean;
}

const FASTIFY_REASONS: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'The request body is too large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'The request body must be JSON (Content-Type: application/json)',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The request body is empty',
  FST_ERR_CTP_INVALID_JSON_BODY: 'The request body is not valid JSON',
};

export function buildApp(options: AppOptions): FastifyInstance {
  const app = Fastify({
    logger: loggerOptions(options.logLevel, options.logStream),
    bodyLimit: options.bodyLimit,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    },
    // The server sits behind a TLS proxy in production; it trusts no forwarded headers itself.
    trustProxy: false,
  });
  const ctx = {
    db: options.db,
    limiter: new RateLimiter(options.ratePerSecond, options.rateBurst),
    events: new TenantEvents(),
  };
  // Held long polls answer "nothing new" as the server closes, instead of holding the close.
  app.addHook('preClose', (done) => {
    ctx.events.releaseAll();
    done();
  });

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  // The desk app runs in a browser engine (its own app:// origin, or a web page), so every answer
  // allows any origin. That gives nothing away: a request is only as good as the desk token it
  // carries, which no cookie or ambient credential supplies.
  app.addHook('onRequest', async (request, reply) => {
    reply.header('access-control-allow-origin', '*');
    reply.header('access-control-expose-headers', 'retry-after, x-request-id');
    if (request.method === 'OPTIONS') {
      return reply
        .status(204)
        .headers({
          'access-control-allow-methods': 'GET, POST, PUT, DELETE',
          'access-control-allow-headers': `authorization, content-type, ${PROTOCOL_HEADER}`,
          'access-control-max-age': '600',
        })
        .send();
    }
  });

  app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
    if (error instanceof HttpError) {
      request.log.info({ status: error.status, reason: error.body.reason }, error.body.error);
      return reply.status(error.status).headers(error.headers).send(error.body);
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const message = FASTIFY_REASONS[error.code] ?? 'The request is not valid';
      request.log.info({ status, code: error.code }, 'rejected');
      const name =
        status === 413 ? 'tooLarge' : status === 415 ? 'unsupportedMediaType' : 'invalidRequest';
      return reply.status(status).send({ error: name, message });
    }
    // The error is logged with its stack; the desk gets the request id to quote, nothing more.
    request.log.error({ err: error }, 'failed');
    return reply.status(500).send({
      error: 'internal',
      message: `The server could not complete the request (request id ${request.id})`,
    });
  });

  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({ error: 'notFound', message: 'No such endpoint' }),
  );

  app.get('/health', async (_request, reply) => {
    if (options.ready && !options.ready()) {
      return reply.status(503).send({ status: 'starting' });
    }
    return { status: 'ok', database: options.db.kind };
  });

  syncRoutes(app, ctx);
  catalogueRoutes(app, ctx);
  return app;
}
