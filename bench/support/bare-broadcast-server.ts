/** The floor for the call benchmark: a bare socket.io server that broadcasts a call when asked. */
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const http = createServer();
const server = new Server(http, { serveClient: false });
server.on('connection', (s) =>
  s.on('go', (payload: unknown, ack: () => void) => {
    server.emit('call', payload);
    ack();
  }),
);
http.listen(0, '127.0.0.1', () => {
  const port = (http.address() as { port: number }).port;
  process.stdout.write(`${JSON.stringify({ event: 'ready', port })}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
