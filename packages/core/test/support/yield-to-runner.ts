/**
 * Every test starts by letting the worker's event loop turn once.
 *
 * Vitest's forks pool talks to its runner over an RPC with a fixed 60 s timeout, and a test file whose
 * tests run synchronously back to back (CLI runs through spawnSync, the optimizer's exhaustive searches)
 * never reaches the poll phase, so the runner's reply to `onTaskUpdate` sits unread; on a loaded 2-core
 * machine such a file passes 60 s and the run fails with every test green
 * (https://github.com/vitest-dev/vitest/issues/6479). setImmediate runs after the poll phase, so the
 * reply is read between tests and only a single test would have to block for 60 s.
 */
import { beforeEach } from 'vitest';

beforeEach(() => new Promise<void>((resolve) => setImmediate(resolve)));
