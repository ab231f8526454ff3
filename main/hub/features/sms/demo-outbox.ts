/**
 * GET /demo/outbox: the messages the demo would have sent, newest first, in full (the one-time
 * code of a remote join included), with what became of each. Served only when the demo gateway is
 * on, and only to the machine the demo runs on, not through a proxy on it (else 404). `/demo/outbox.json` is
 * the same for scripts.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { DemoOutbox } from '../../../../shared/contract/sms.js';
import { isDirectLoopback } from '../../core/metrics-access.js';
import type { DemoSmsTransport } from './log-gateway.js';
import type { SmsOutbox } from './outbox.js';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function registerDemoOutbox(
  app: FastifyInstance,
  demo: DemoSmsTransport | undefined,
  outbox: SmsOutbox,
): void {
  const entries = (): DemoOutbox['messages'] =>
    [...(demo?.messages ?? [])]
      .reverse()
      .map((m) => ({ ...m, status: outbox.message(m.id)?.status ?? 'sent' }));
  const loopbackOnly = (req: FastifyRequest, reply: FastifyReply) => {
    if (demo && isDirectLoopback(req)) return true;
    void reply.code(404).send({ code: 'not_found', message: `no route ${req.method} ${req.url}` });
    return false;
  };
  app.get('/demo/outbox.json', async (req, reply) => {
    if (!loopbackOnly(req, reply)) return reply;
    const answer: DemoOutbox = { messages: entries() };
    return answer;
  });
  app.get('/demo/outbox', async (req, reply) => {
    if (!loopbackOnly(req, reply)) return reply;
    const rows = entries()
      .map(
        (m) =>
          `<tr><td>${new Date(m.at).toLocaleTimeString('en-GB')}</td><td dir="ltr">${escapeHtml(m.to)}</td>` +
          `<td dir="auto">${escapeHtml(m.text)}</td><td>${m.parts} × ${m.encoding}</td><td>${m.status}</td></tr>`,
      )
      .join('');
    const html =
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="3">' +
      '<title>Dawr demo SMS outbox</title></head><body><h1>Demo SMS outbox</h1>' +
      '<p>Messages the demo centre would send by SMS (nothing leaves this machine). This page refreshes itself.</p>' +
      '<table border="1" cellpadding="6"><thead><tr><th>Time</th><th>To</th><th>Text</th><th>Parts</th><th>Status</th></tr></thead>' +
      `<tbody>${rows || '<tr><td colspan="5">No messages yet: ask for a code on the join page.</td></tr>'}</tbody></table></body></html>`;
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
  });
}
