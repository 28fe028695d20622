/**
 * Runs in every test file: no emulator outlives the test that started it, and none started in a
 * beforeAll outlives its file (test/emulators/lifecycle.ts).
 */
import { afterAll, afterEach, beforeEach } from 'vitest';
import { closeOpenEmulators, openEmulators } from './emulators/lifecycle.js';

let before = openEmulators();
beforeEach(() => {
  before = openEmulators();
});
afterEach(() => closeOpenEmulators(before));
afterAll(() => closeOpenEmulators());
