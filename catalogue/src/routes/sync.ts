// The desk's side of the protocol: who am I, push, pull.
import type { FastifyInstance } from 'fastify';
import {
  OLDEST_PROTOCOL_VERSION,
  PROTOCOL_VERSION,
  checkFields,
  prefixClaimRequestSchema,
  pullQuerySchema,
  pullWaitQuerySchema,
  pushRequestSchema,
  type PullWaitResponse,
  type SessionResponse,
} from '../../../domain/sync';
import { authenticate } from '../auth';
import { HttpError, parseOr400 } from '../errors';
import { claimPrefix } from '../prefixes';
import { pull } from '../pull';
import { MAX_WAITING_PER_DESK } from '../pullWait';
import { applyPush } from '../push';
import { checkProtocol, requireToken, type RouteContext } from './context';

export function syncRoutes(app: FastifyInstance, ctx: RouteContext) {
  app.get('/v1/session', async (request): Promise<SessionResponse> => {
    checkProtocol(request, true);
    const token = requireToken(request, ctx);
    const desk = await ctx.db.tenant(token.tenantId, (sql) =>
      authenticate(sql, token, { lock: false }),
    );
    return {
      tenantId: desk.tenantId,
      tenantName: desk.tenantName,
      country: desk.country,
      deskId: desk.deskId,
      deskName: desk.deskName,
      protocol: { current: PROTOCOL_VERSION, oldest: OLDEST_PROTOCOL_VERSION },
      serverTime: new Date().toISOString(),
    };
  });

  app.post('/v1/push', async (request) => {
    checkProtocol(request, true);
    const token = requireToken(request, ctx);
    const body = parseOr400(pushRequestSchema, request.body, 'body');
    const issues = body.mutations.flatMap((m, i) =>
      checkFields(m.table, m.fields).map((issue) => ({
        path: `mutations.${i}.${issue.path}`,
        message: issue.message,
      })),
    );
    if (issues.length > 0) {
      throw new HttpError(400, {
        error: 'invalidRequest',
        message: "The request's body is not valid",
        issues,
      });
    }
    const response = await ctx.db.tenant(token.tenantId, async (sql) => {
      const desk = await authenticate(sql, token, { lock: true });
      return applyPush(sql, desk, body.mutations);
    });
    const applied = response.results.filter((r) => r.status === 'applied').length;
    // After the commit: the tenant's long polls wake and pull what this push wrote.
    if (applied > 0) ctx.events.notify(token.tenantId);
    request.log.info({ desk: token.deskId, mutations: body.mutations.length, applied }, 'push');
    return response;
  });

  app.get('/v1/pull', async (request) => {
    checkProtocol(request, true);
    const token = requireToken(request, ctx);
    const query = parseOr400(pullQuerySchema, request.query, 'query');
    return ctx.db.tenant(token.tenantId, async (sql) => {
      const desk = await authenticate(sql, token, { lock: false });
      return pull(sql, desk, query);
    });
  });

  // A long poll: answers when the tenant has something after the cursor (docs/catalogue.md).
  app.get('/v1/pull/wait', async (request, reply): Promise<PullWaitResponse> => {
    checkProtocol(request, true);
    const token = requireToken(request, ctx);
    const query = parseOr400(pullWaitQuerySchema, request.query, 'query');
    if (!ctx.events.hasRoom(token.tenantId, token.deskId)) {
      throw new HttpError(
        429,
        {
          error: 'tooManyRequests',
          message: `This desk already waits on ${MAX_WAITING_PER_DESK} requests: try again in 5 s`,
        },
        { 'retry-after': '5' },
      );
    }
    // Listening before the seq is read: a push committing in between still wakes this request.
    const waiter = ctx.events.listen(token.tenantId, token.deskId, query.timeout * 1000);
    const onClose = () => waiter.cancel();
    reply.raw.on('close', onClose);
    try {
      const desk = await ctx.db.tenant(token.tenantId, (sql) =>
        authenticate(sql, token, { lock: false }),
      );
      if (desk.seq > query.after) waiter.wake();
      const changed = await waiter.promise;
      // A keep-alive connection left open would hold the server's close until it times out.
      if (ctx.events.closing) void reply.header('connection', 'close');
      return { changed };
    } finally {
      waiter.cancel();
      reply.raw.off('close', onClose);
    }
  });

  // Protocol 2: the desk's case reference prefix, unique among the municipality's desks.
  app.put('/v1/desk/prefix', async (request) => {
    checkProtocol(request, true);
    const token = requireToken(request, ctx);
    const body = parseOr400(prefixClaimRequestSchema, request.body, 'body');
    const claim = await ctx.db.tenant(token.tenantId, async (sql) => {
      const desk = await authenticate(sql, token, { lock: true });
      return claimPrefix(sql, desk, body.prefix);
    });
    request.log.info({ desk: token.deskId, prefix: body.prefix }, 'prefix');
    return claim;
  });
}
