/**
 * The kiosk's virtual assistant on the hub: `POST /api/v1/assistant/ask`, and the FAQ the centre
 * maintains (`/api/v1/faqs`, managers and admins; every change audited and applied to the index
 * at once). The index is rebuilt when the FAQ or the catalogue changes.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import * as z from 'zod';
import type { HubModule, HubModuleContext } from '../../core/module-context.js';
import { assistantRoutes } from './openapi.js';
import type { Principal } from '../../core/hub.js';
import type { Catalogue } from '../../../../shared/contract/catalogue.js';
import { createAssistant, type Assistant } from '../../../../shared/domain/assistant/assistant.js';
import {
  AskInput,
  FaqEntry,
  UnansweredKey,
  UnansweredQuery,
  type FaqEntryInput,
} from '../../../../shared/domain/assistant/contract.js';
import { ElsewhereService, type ElsewhereServiceInput } from '../../../../shared/domain/assistant/scope.js';
import { DEMO_ELSEWHERE, DEMO_FAQ, DEMO_REPRESENTATIVE_FAQ_ID } from '../../../demo/faq.js';
import { loadForms } from '../../../forms/load.js';
import { ticketInQuestion, withLiveFacts } from './live.js';
import { shouldLog, unansweredLog } from './unanswered.js';
import { bodyOf, callerWith, refuse } from '../../core/http-helpers.js';
import { RateLimiter } from './rate-limit.js';
import { assistantMigrations } from './migrations/index.js';
import {
  createFaq,
  deleteFaq,
  faqAudit,
  listFaqs,
  seedFaqsOnce,
  updateFaq,
  type FaqChange,
} from './faq-store.js';
import { describeIssues } from '../../../../shared/contract/validation-errors.js';

export interface AssistantModuleOptions {
  /** What a new hub's FAQ starts with; defaults to the demo centre's. */
  seedFaq?: readonly FaqEntryInput[];
  /** Questions per minute: a kiosk (by device) and anyone else (by IP address). */
  kioskPerMinute?: number;
  publicPerMinute?: number;
  /** Government services provided elsewhere ("not at this centre"); defaults to the demo list. */
  elsewhere?: readonly ElsewhereServiceInput[];
  /** A forms file for fees and processing days; defaults to DAWR_FORMS_FILE, else the demo forms. */
  formsFile?: string;
}

const EDITORS = ['manager', 'admin'] as const;
const ASK_BODY_LIMIT = 4096;
const FaqIdParam = z.object({ id: FaqEntry.shape.id });
const AuditQuery = z.object({
  faqId: FaqEntry.shape.id.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

function actorOf(p: Principal): string {
  const a = p.actor;
  return a.kind === 'staff' ? `staff:${a.staffId}` : a.kind === 'device' ? `device:${a.deviceId}` : a.kind;
}

function unknownServices(entry: FaqEntry, catalogue: Catalogue): string[] {
  const known = new Set(catalogue.services.map((s) => s.id));
  return entry.serviceIds.filter((id) => !known.has(id));
}

export function assistantModule(opts: AssistantModuleOptions = {}): HubModule {
  return {
    name: 'assistant',
    migrations: assistantMigrations,
    routeDocs: assistantRoutes,
    registerHttp(app, ctx: HubModuleContext) {
      const { hub } = ctx;
      const now = () => hub.clock.now();
      seedFaqsOnce(
        hub.db,
        (opts.seedFaq ?? DEMO_FAQ).map((f) => FaqEntry.parse(f)),
        now(),
      );

      const elsewhere = (opts.elsewhere ?? DEMO_ELSEWHERE).map((e) => ElsewhereService.parse(e));
      const forms = [
        ...loadForms(
          opts.formsFile ?? process.env.DAWR_FORMS_FILE,
          hub.catalogue.services.map((s) => s.id),
        ).values(),
      ].map((f) => f.definition);

      let built: { catalogue: Catalogue; assistant: Assistant } | undefined;
      const assistant = (): Assistant => {
        if (!built || built.catalogue !== hub.catalogue)
          built = {
            catalogue: hub.catalogue,
            assistant: createAssistant(
              hub.catalogue,
              listFaqs(hub.db),
              {},
              { forms, elsewhere, representativeFaqId: DEMO_REPRESENTATIVE_FAQ_ID },
            ),
          };
        return built.assistant;
      };
      const reindex = () => {
        built = undefined;
      };

      const unanswered = unansweredLog(hub.db);
      const kioskLimit = new RateLimiter(opts.kioskPerMinute ?? 120, 60_000, now);
      const publicLimit = new RateLimiter(opts.publicPerMinute ?? 20, 60_000, now);

      app.post('/api/v1/assistant/ask', { bodyLimit: ASK_BODY_LIMIT }, async (req, reply) => {
        const header = req.headers.authorization;
        const principal = header ? ctx.auth.fromHeader(header) : undefined;
        if (header && !principal)
          return refuse(reply, 'unauthenticated', 'the device key or session is not valid');
        const allowed = principal ? kioskLimit.take(actorOf(principal)) : publicLimit.take(`ip:${req.ip}`);
        if (!allowed) return refuse(reply, 'rate_limited', 'too many questions; wait a minute and ask again');
        const input = bodyOf(AskInput, req, reply);
        if (!input) return reply;
        const answer = assistant().ask(input.question, input.language);
        if (shouldLog(answer.outcome)) unanswered.log(input.question, input.language, answer.outcome, now());
        const ticket = ticketInQuestion(input.question) ?? input.ticketNumber;
        return withLiveFacts(answer, hub.state, now(), ticket);
      });

      app.get('/api/v1/assistant/unanswered', async (req, reply) => {
        if (!editor(req, reply)) return reply;
        const q = UnansweredQuery.safeParse(req.query ?? {});
        if (!q.success) return refuse(reply, 'validation', describeIssues(q.error, { paths: false }));
        return { unanswered: unanswered.list(q.data.limit) };
      });

      app.delete('/api/v1/assistant/unanswered', async (req, reply) => {
        if (!editor(req, reply)) return reply;
        const q = UnansweredKey.safeParse(req.query ?? {});
        if (!q.success) return refuse(reply, 'validation', 'key: the group to dismiss');
        if (!unanswered.dismiss(q.data.key)) return refuse(reply, 'not_found', 'no such unanswered question');
        return { deleted: true };
      });

      const idParam = (req: FastifyRequest, reply: FastifyReply) => {
        const r = FaqIdParam.safeParse(req.params);
        if (r.success) return r.data;
        void refuse(reply, 'validation', `id: ${r.error.issues[0]?.message ?? 'not a valid FAQ id'}`);
        return undefined;
      };
      const editor = (req: FastifyRequest, reply: FastifyReply) => callerWith(ctx, req, reply, EDITORS);

      app.get('/api/v1/faqs', async (req, reply) => {
        if (!editor(req, reply)) return reply;
        return { faqs: listFaqs(hub.db) };
      });

      app.get('/api/v1/faqs/audit', async (req, reply) => {
        if (!editor(req, reply)) return reply;
        const q = AuditQuery.safeParse(req.query ?? {});
        if (!q.success) return refuse(reply, 'validation', describeIssues(q.error, { paths: false }));
        return { audit: faqAudit(hub.db, q.data) };
      });

      const applied = (reply: FastifyReply, change: FaqChange, status = 200) => {
        if (!change.ok) return refuse(reply, change.code, change.message);
        reindex();
        return reply.code(status).send(change.entry ? { faq: change.entry } : { deleted: true });
      };
      const checkedEntry = (reply: FastifyReply, body: unknown) => {
        const r = FaqEntry.safeParse(body);
        if (!r.success) {
          void refuse(
            reply,
            'validation',
            r.error.issues
              .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
              .join('; '),
          );
          return undefined;
        }
        const unknown = unknownServices(r.data, hub.catalogue);
        if (unknown.length) {
          void refuse(
            reply,
            'validation',
            `serviceIds: unknown service ${unknown.map((s) => `"${s}"`).join(', ')}`,
          );
          return undefined;
        }
        return r.data;
      };

      app.post('/api/v1/faqs', async (req, reply) => {
        const who = editor(req, reply);
        if (!who) return reply;
        const entry = checkedEntry(reply, req.body ?? {});
        if (!entry) return reply;
        return applied(reply, createFaq(hub.db, entry, actorOf(who), now()), 201);
      });

      app.put('/api/v1/faqs/:id', async (req, reply) => {
        const who = editor(req, reply);
        if (!who) return reply;
        const params = idParam(req, reply);
        if (!params) return reply;
        const raw: unknown = req.body;
        if (!raw || typeof raw !== 'object' || Array.isArray(raw))
          return refuse(reply, 'validation', 'the body must be a JSON object (an FAQ entry)');
        const body = raw as Record<string, unknown>;
        if ('id' in body && body.id !== params.id)
          return refuse(
            reply,
            'validation',
            `id: the body's id "${String(body.id)}" differs from the path's "${params.id}"`,
          );
        const entry = checkedEntry(reply, { ...body, id: params.id });
        if (!entry) return reply;
        return applied(reply, updateFaq(hub.db, entry, actorOf(who), now()));
      });

      app.delete('/api/v1/faqs/:id', async (req, reply) => {
        const who = editor(req, reply);
        if (!who) return reply;
        const params = idParam(req, reply);
        if (!params) return reply;
        return applied(reply, deleteFaq(hub.db, params.id, actorOf(who), now()));
      });
    },
  };
}
