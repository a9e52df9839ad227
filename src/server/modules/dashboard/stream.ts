// GET /api/oc/events: server-sent events telling open OC screens that something changed. One
// subscription to the event bus and one heartbeat timer for the whole process, whatever the number
// of screens; each screen's response leaves the set when its connection closes.
import type { ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { DomainEvent } from '../../../common/dashboard.js';
import { openEventStreams } from '../../lib/metrics.js';

/** Open streams per process: a wall and the leaders' screens need far fewer. */
export const MAX_STREAMS = 200;
/** A comment line this often keeps proxies from closing an idle stream. */
export const HEARTBEAT_MS = 25_000;
/** How long EventSource waits before reconnecting after a drop. */
export const RETRY_MS = 3_000;

export const formatEvent = (event: DomainEvent) => `event: change\ndata: ${JSON.stringify(event)}\n\n`;

export function eventStream(app: FastifyInstance) {
  const clients = new Set<ServerResponse>();
  const broadcast = (chunk: string) => {
    for (const client of clients) client.write(chunk);
  };
  const unsubscribe = app.events.subscribe((event) => broadcast(formatEvent(event)));
  const heartbeat = setInterval(() => broadcast(': ♥\n\n'), HEARTBEAT_MS);
  heartbeat.unref();
  // Before the server stops listening: open streams would otherwise hold the close forever.
  app.addHook('preClose', async () => {
    clearInterval(heartbeat);
    unsubscribe();
    for (const client of clients) client.end();
    clients.clear();
  });
  return {
    get size() {
      return clients.size;
    },
    /** Takes over the response: headers, the retry hint, then events until the client leaves. */
    open(response: ServerResponse) {
      response.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        // nginx would otherwise buffer the stream.
        'x-accel-buffering': 'no',
      });
      response.write(`retry: ${RETRY_MS}\n: connected\n\n`);
      clients.add(response);
      openEventStreams.inc();
      response.on('close', () => {
        clients.delete(response);
        openEventStreams.dec();
      });
    },
  };
}
