/**
 * The one teardown of the loopback emulators: each emulator registers itself when it starts and
 * leaves when it closes, and test/setup.ts closes whatever a test left open after every test,
 * passed or failed. Test files start emulators and need no afterEach of their own.
 */
import type { Server } from 'node:http';

interface Closable {
  close(): Promise<void>;
}

const open = new Set<Closable>();

/** Registers a started emulator (the start functions call this). */
export function opened<T extends Closable>(emulator: T): T {
  open.add(emulator);
  return emulator;
}

/** Closes a server once: later calls (a test's own close, then the teardown) do nothing. */
export async function closeServer(emulator: Closable, server: Server): Promise<void> {
  open.delete(emulator);
  if (!server.listening) return;
  server.closeAllConnections();
  await new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
}

/** The emulators open now (test/setup.ts takes this before each test). */
export function openEmulators(): ReadonlySet<Closable> {
  return new Set(open);
}

/** Closes every emulator still open that is not in `keep` (default: every one). */
export async function closeOpenEmulators(keep: ReadonlySet<Closable> = new Set()): Promise<void> {
  await Promise.all([...open].filter((e) => !keep.has(e)).map((e) => e.close()));
}
