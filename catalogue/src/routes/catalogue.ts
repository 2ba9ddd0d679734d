// The public catalogue: reads for anyone, publishing for a desk of the municipality.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  bandCount,
  catalogueChangesQuerySchema,
  commitmentSchema,
  commitmentSearchSchema,
  indicatorsInputSchema,
  quarterSchema,
  sharedStakeholderSchema,
  stakeholderSearchSchema,
  uuidSchema,
  type CatalogueKind,
} from '../../../domain/sync';
import { authenticate } from '../auth';
import { parseOr400 } from '../errors';
import { publishEntry } from '../publish';
import { catalogueChanges, searchCommitments, searchStakeholders } from '../publicCatalogue';
import { checkProtocol, requireToken, type RouteContext } from './context';

const idParams = z.object({ id: uuidSchema });
const quarterParams = z.object({ quarter: quarterSchema });

const PUBLISHABLE: Record<string, { kind: CatalogueKind; schema: z.ZodType }> = {
  commitments: { kind: 'commitment', schema: commitmentSchema },
  stakeholders: { kind: 'stakeholder', schema: sharedStakeholderSchema },
};

export function catalogueRoutes(app: FastifyInstance, ctx: RouteContext) {
  app.get('/v1/catalogue/commitments', async (request) => {
    checkProtocol(request, false);
    const search = parseOr400(commitmentSearchSchema, request.query, 'query');
    return ctx.db.tenant(null, (sql) => searchCommitments(sql, search));
  });

  app.get('/v1/catalogue/stakeholders', async (request) => {
    checkProtocol(request, false);
    const search = parseOr400(stakeholderSearchSchema, request.query, 'query');
    return ctx.db.tenant(null, (sql) => searchStakeholders(sql, search));
  });

  app.get('/v1/catalogue/changes', async (request) => {
    checkProtocol(request, false);
    const query = parseOr400(catalogueChangesQuerySchema, request.query, 'query');
    return ctx.db.tenant(null, (sql) => catalogueChanges(sql, query.since, query.limit));
  });

  for (const [path, { kind, schema }] of Object.entries(PUBLISHABLE)) {
    app.put(`/v1/catalogue/${path}/:id`, async (request) => {
      checkProtocol(request, true);
      const token = requireToken(request, ctx);
      const { id } = parseOr400(idParams, request.params, 'path');
      const data = parseOr400(schema, request.body, 'body') as Record<string, unknown>;
      return ctx.db.tenant(token.tenantId, async (sql) => {
        const desk = await authenticate(sql, token, { lock: false });
        return publishEntry(sql, desk, kind, id, data);
      });
    });
    app.delete(`/v1/catalogue/${path}/:id`, async (request) => {
      checkProtocol(request, true);
      const token = requireToken(request, ctx);
      const { id } = parseOr400(idParams, request.params, 'path');
      return ctx.db.tenant(token.tenantId, async (sql) => {
        const desk = await authenticate(sql, token, { lock: false });
        return publishEntry(sql, desk, kind, id, null);
      });
    });
  }

  app.put('/v1/catalogue/indicators/:quarter', async (request) => {
    checkProtocol(request, true);
    const token = requireToken(request, ctx);
    const { quarter } = parseOr400(quarterParams, request.params, 'path');
    const figures = parseOr400(indicatorsInputSchema, request.body, 'body');
    // Small counts could point at a person: they are banded here, whatever the desk sent.
    const banded = {
      quarter,
      inquiriesByCategory: Object.fromEntries(
        Object.entries(figures.inquiriesByCategory).map(([k, v]) => [k, bandCount(v)]),
      ),
      seminarsHeld: bandCount(figures.seminarsHeld),
      seminarAttendees: bandCount(figures.seminarAttendees),
      stakeholdersMapped: bandCount(figures.stakeholdersMapped),
    };
    return ctx.db.tenant(token.tenantId, async (sql) => {
      const desk = await authenticate(sql, token, { lock: false });
      const data = { ...banded, deskName: desk.deskName };
      return publishEntry(sql, desk, 'indicators', `${desk.deskId}:${quarter}`, data);
    });
  });

  // Stop publishing a quarter: the entry stays as withdrawn, so desks following the changes
  // remove their copy; 404 when this desk never published that quarter.
  app.delete('/v1/catalogue/indicators/:quarter', async (request) => {
    checkProtocol(request, true);
    const token = requireToken(request, ctx);
    const { quarter } = parseOr400(quarterParams, request.params, 'path');
    return ctx.db.tenant(token.tenantId, async (sql) => {
      const desk = await authenticate(sql, token, { lock: false });
      return publishEntry(sql, desk, 'indicators', `${desk.deskId}:${quarter}`, null);
    });
  });
}
