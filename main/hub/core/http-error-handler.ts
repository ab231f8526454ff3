/**
 * Errors raised by Fastify and its plugins (a body that is not JSON, a media type the hub does not
 * read, a body too large, a rate limit, a file a plugin did not find) answered with the status
 * that says what happened and the hub's one refusal body, `{code, message}`. SQLite refusing to
 * write (a full disk) is 503 storage_unavailable. Anything else is the hub's own fault: 500,
 * logged, with a message that gives nothing away.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { codeForStatus } from './http-errors.js';
import { isWriteRefused, STORAGE_REFUSAL } from './store/write-refused.js';

interface RaisedError {
  statusCode?: number;
  code?: string;
  message: string;
}

const MESSAGES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'the request body is not valid JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'the request body is empty; send a JSON object',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'send the body as application/json',
};

export function hubErrorHandler(bodyLimit: number) {
  return (err: RaisedError, req: FastifyRequest, reply: FastifyReply) => {
    const status = err.statusCode ?? 500;
    // A full disk is not the hub's fault, and the caller should retry later, not report a bug.
    if (isWriteRefused(err)) {
      req.log.warn({ err }, 'request refused: the store cannot write');
      return reply.code(503).send({ ...STORAGE_REFUSAL });
    }
    if (status >= 500) {
      req.log.error({ err }, 'request failed');
      return reply
        .code(500)
        .send({ code: 'internal', message: 'the hub could not complete this request; nothing was changed' });
    }
    const code = codeForStatus(status);
    const message =
      status === 413
        ? `bodies are limited to ${bodyLimit} bytes`
        : ((err.code && MESSAGES[err.code]) ??
          (err instanceof SyntaxError ? MESSAGES.FST_ERR_CTP_INVALID_JSON_BODY! : err.message));
    return reply.code(status).send({ code, message });
  };
}
