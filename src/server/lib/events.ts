// Domain events: routes publish once their service has returned (the transaction is committed), the
// Operations Center stream forwards them to open screens, which refetch what they show, and caches
// forget what an event moves (events carry no data, so nothing leaks across cities or roles).
// Listeners in this process hear an event at once. On PostgreSQL the event also goes out through
// NOTIFY, so every other instance over the same database hears it (LISTEN) and its screens and
// caches follow; an instance ignores its own echo. SQLite is one process: the in-process bus is all.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { type DomainEvent, type DomainEventType, domainEventTypes } from '../../common/dashboard.js';
import type { Clock } from './clock.js';
import { eventBusLag } from './metrics.js';

export type Listener = (event: DomainEvent) => void;

export interface EventBus {
  publish(type: DomainEventType, period?: { year: number; month: number }): void;
  /** Adds a listener; returns the function that removes it. */
  subscribe(listener: Listener): () => void;
  readonly subscribers: number;
  /** Resolves once the bus hears other instances (at once without any). */
  readonly listening: Promise<void>;
  /** Stops listening to other instances. */
  close(): Promise<void>;
}

/** Carries events between instances: what one sends, the others receive. */
export interface EventTransport {
  send(message: string): void;
  /** Resolves once the first attempt to listen has ended, connected or not. */
  ready: Promise<void>;
  close(): Promise<void>;
}

interface Envelope {
  /** The publishing instance, so it does not hear its own event twice. */
  from: string;
  /** The publisher's wall-clock time in ms, for the delivery lag. */
  sentAt: number;
  event: DomainEvent;
}

export function createEventBus(clock: Clock, connect?: (receive: (message: string) => void) => EventTransport): EventBus {
  const listeners = new Set<Listener>();
  const instance = randomUUID();
  const deliver = (event: DomainEvent, sentAt: number) => {
    eventBusLag.observe(Math.max(0, Date.now() - sentAt) / 1000);
    for (const listener of listeners) {
      // One screen's failed write must not stop the others, nor the request that published.
      try {
        listener(event);
      } catch {
        listeners.delete(listener);
      }
    }
  };
  const transport = connect?.((message) => {
    const envelope = parseEnvelope(message);
    if (envelope && envelope.from !== instance) deliver(envelope.event, envelope.sentAt);
  });
  return {
    publish(type, period) {
      const event: DomainEvent = { type, at: clock.now().toISOString(), ...(period ? { period: { year: period.year, month: period.month } } : {}) };
      const sentAt = Date.now();
      deliver(event, sentAt);
      transport?.send(JSON.stringify({ from: instance, sentAt, event } satisfies Envelope));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get subscribers() {
      return listeners.size;
    },
    listening: transport?.ready ?? Promise.resolve(),
    close: () => transport?.close() ?? Promise.resolve(),
  };
}

/** Another instance's message, or null for anything that is not one (a stray NOTIFY on the channel). */
function parseEnvelope(message: string): Envelope | null {
  try {
    const value = JSON.parse(message) as Partial<Envelope>;
    const event = value.event;
    if (typeof value.from !== 'string' || typeof value.sentAt !== 'number' || !event || !domainEventTypes.includes(event.type) || typeof event.at !== 'string') return null;
    return { from: value.from, sentAt: value.sentAt, event: { type: event.type, at: event.at, ...(event.period ? { period: { year: Number(event.period.year), month: Number(event.period.month) } } : {}) } };
  } catch {
    return null;
  }
}

export const EVENT_CHANNEL = 'haidang_events';
const RECONNECT_MS = [500, 1_000, 2_000, 5_000, 10_000, 30_000];

/**
 * LISTEN/NOTIFY over one connection of its own (a pooled one could not keep listening). A dropped
 * connection is reopened, more slowly each time; what others sent meanwhile is missed, so the OC
 * screens refetch at their next event or on their own timer, as after any network drop.
 */
export function postgresTransport(connectionString: string, warn: (message: string) => void) {
  return (receive: (message: string) => void): EventTransport => {
    let client: pg.Client | null = null;
    let closed = false;
    let failures = 0;
    const open = async () => {
      const candidate = new pg.Client({ connectionString });
      candidate.on('notification', (notice) => {
        if (notice.channel === EVENT_CHANNEL && notice.payload) receive(notice.payload);
      });
      candidate.on('error', (error) => warn(`event bus: ${error.message}`));
      candidate.on('end', () => {
        if (client !== candidate) return;
        client = null;
        if (!closed) retry();
      });
      try {
        await candidate.connect();
        await candidate.query(`LISTEN ${EVENT_CHANNEL}`);
        if (closed) return void (await candidate.end());
        client = candidate;
        failures = 0;
      } catch (error) {
        warn(`event bus: cannot listen (${error instanceof Error ? error.message : String(error)})`);
        await candidate.end().catch(() => undefined);
        if (!closed) retry();
      }
    };
    const retry = () => {
      const delay = RECONNECT_MS[Math.min(failures, RECONNECT_MS.length - 1)] ?? 30_000;
      failures += 1;
      setTimeout(() => void (closed ? undefined : open()), delay).unref();
    };
    const ready = open();
    return {
      ready,
      send(message) {
        const sender = client;
        if (!sender) return warn('event bus: not connected, an event stays on this instance');
        sender.query('SELECT pg_notify($1, $2)', [EVENT_CHANNEL, message]).catch((error: unknown) => warn(`event bus: ${error instanceof Error ? error.message : String(error)}`));
      },
      async close() {
        closed = true;
        await ready;
        await client?.end().catch(() => undefined);
        client = null;
      },
    };
  };
}

declare module 'fastify' {
  interface FastifyInstance {
    events: EventBus;
  }
}
