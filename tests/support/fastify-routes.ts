/**
 * The routes a ready Fastify app registered, as "METHOD /path" with the path as registered, read
 * from Fastify's own route tree (printRoutes) for apps whose routes cannot be collected with an
 * onRoute hook from outside (central builds and fills its app in one call).
 */
import type { FastifyInstance } from 'fastify';

export function registeredRoutes(app: FastifyInstance): string[] {
  const out: string[] = [];
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const at = line.indexOf('── ');
    if (at < 0) continue;
    const depth = (at - 1) / 4;
    const m = /^(\S+)(?: \(([^)]*)\))?$/.exec(line.slice(at + 3).trim());
    if (!m) throw new Error(`unexpected route line: ${line}`);
    const path = (stack[depth - 1] ?? '') + m[1]!;
    stack[depth] = path;
    stack.length = depth + 1;
    for (const method of (m[2] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean))
      out.push(`${method} ${path}`);
  }
  return out;
}
