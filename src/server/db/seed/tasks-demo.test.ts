import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Task } from '../../../common/tasks.js';
import { fixedClock } from '../../lib/clock.js';
import { createTestApp, signIn, type TestApp, testDialects } from '../../test/harness.js';
import { seedTasksDemo } from './tasks-demo.js';
import { OC_TASK_CODE } from './tasks-vungtau-2024.js';

// A day in 2025: the 2024 plan is over, the demo meeting is two weeks old.
const NOW = '2025-02-10T03:00:00Z';

describe.each(testDialects)('task demo data on %s', (dialect) => {
  let t: TestApp;
  let tasks: Task[];
  beforeAll(async () => {
    t = await createTestApp(dialect, { clock: fixedClock(NOW) });
    await seedTasksDemo(t.database.db, new Date(NOW));
    tasks = (await (await signIn(t.app, 'lanhdao')).get('/api/tasks')).json<Task[]>();
  });
  afterAll(() => t.close());

  it('shows a mix of done on time, done late, late and not started, all marked demo', () => {
    const statuses = new Set(tasks.map((task) => task.status));
    expect([...statuses].sort()).toEqual(['done', 'done_late', 'in_progress', 'not_started']);
    expect(tasks.filter((task) => task.status === 'done_late').every((task) => task.timing.delay.days > 0)).toBe(true);
    expect(tasks.some((task) => task.timing.overdue)).toBe(true);
    expect(tasks.filter((task) => task.status !== 'not_started' && task.code !== OC_TASK_CODE).every((task) => task.demo)).toBe(true);
    const oc = tasks.find((task) => task.code === OC_TASK_CODE);
    expect(oc).toMatchObject({ demo: false, status: 'in_progress', baselineDueDate: '2023-10-31' });
  });

  it('splits the radio stations task into one sub-task per ward, its progress their mean', () => {
    const radio = tasks.find((task) => task.code === 'KH2024-III-NTS-4');
    const wards = tasks.filter((task) => task.parentId === radio?.id);
    expect(wards).toHaveLength(17);
    const live = wards.filter((task) => task.status !== 'cancelled');
    expect(radio?.progressDerived).toBe(true);
    expect(radio?.progress).toBeCloseTo(live.reduce((sum, task) => sum + task.progress, 0) / live.length, 0);
  });

  it('gives the leader’s board overdue work and work due this week', async () => {
    const board = (await (await signIn(t.app, 'lanhdao')).get('/api/board')).json<{ totals: { overdue: number; dueSoon: number } }>();
    expect(board.totals.overdue).toBeGreaterThan(0);
    expect(board.totals.dueSoon).toBe(2);
  });

  it('adds nothing the second time', async () => {
    const count = async () => (await t.database.db.selectFrom('task_updates').select('id').execute()).length;
    const before = await count();
    await seedTasksDemo(t.database.db, new Date(NOW));
    expect(await count()).toBe(before);
  });
});
