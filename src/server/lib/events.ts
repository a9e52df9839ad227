// Domain events inside one server process: routes publish once their service has returned (the
// transaction is committed), the Operations Center stream forwards them to open screens, which
// refetch what they show (events carry no data, so nothing leaks across cities or roles). Several
// processes over one PostgreSQL would need LISTEN/NOTIFY to share them; not built (one process).
import type { DomainEvent, DomainEventType } from '../../common/dashboard.js';
import type { Clock } from './clock.js';

export type Listener = (event: DomainEvent) => void;

export interface EventBus {
  publish(type: DomainEventType, period?: { year: number; month: number }): void;
  /** Adds a listener; returns the function that removes it. */
  subscribe(listener: Listener): () => void;
  readonly subscribers: number;
}

export function createEventBus(clock: Clock): EventBus {
  const listeners = new Set<Listener>();
  return {
    publish(type, period) {
      const event: DomainEvent = { type, at: clock.now().toISOString(), ...(period ? { period: { year: period.year, month: period.month } } : {}) };
      for (const listener of listeners) {
        // One screen's failed write must not stop the others, nor the request that published.
        try {
          listener(event);
        } catch {
          listeners.delete(listener);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get subscribers() {
      return listeners.size;
    },
  };
}

declare module 'fastify' {
  interface FastifyInstance {
    events: EventBus;
  }
}
