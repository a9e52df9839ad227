// The process's Prometheus metrics (prom-client), served at /metrics to a holder of METRICS_TOKEN.
// One registry per process: the server is one process, and the test runner's many apps share it.
import client from 'prom-client';

export const metricsRegistry = new client.Registry();
client.collectDefaultMetrics({ register: metricsRegistry, prefix: 'haidang_' });

const registers = [metricsRegistry];

export const httpRequestDuration = new client.Histogram({
  name: 'haidang_http_request_duration_seconds',
  help: 'HTTP requests by route pattern, method and status, with their duration',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers,
});

export const databaseQueryDuration = new client.Histogram({
  name: 'haidang_db_query_duration_seconds',
  help: 'Database statements by kind (select, insert, update, delete, other), with their duration',
  labelNames: ['kind'] as const,
  buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
  registers,
});

export const eventBusLag = new client.Histogram({
  name: 'haidang_event_bus_lag_seconds',
  help: 'From a domain event being published to its delivery to this process',
  buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  registers,
});

export const openEventStreams = new client.Gauge({
  name: 'haidang_oc_event_streams_open',
  help: 'Operations Center screens connected to the live event stream',
  registers,
});

export const batchSize = new client.Histogram({
  name: 'haidang_group_commit_batch_size',
  help: 'Items written per group commit (the field-report intake)',
  labelNames: ['queue'] as const,
  buckets: [1, 2, 4, 8, 16, 32, 64, 128],
  registers,
});

export const queueDepth = new client.Gauge({
  name: 'haidang_group_commit_queue_depth',
  help: 'Items waiting for a group commit',
  labelNames: ['queue'] as const,
  registers,
});

/** The statement's kind from its first word: a label with few values, never the SQL itself. */
export function statementKind(sql: string): string {
  const word = /^\s*(\w+)/.exec(sql)?.[1]?.toLowerCase() ?? 'other';
  return ['select', 'insert', 'update', 'delete', 'with'].includes(word) ? word : 'other';
}
