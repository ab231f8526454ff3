/**
 * The schemas HubClient checks the hub's messages with, behind an `import()` (hub-client.ts): zod is
 * a fifth of a page's script, and a page need not evaluate it before its first paint (issue #15).
 */
export { AckResultSchema } from '../../shared/contract/socket.js';
export { SessionEnded } from '../../shared/contract/auth.js';
