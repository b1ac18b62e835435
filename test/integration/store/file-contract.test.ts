import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from '@jest/globals';
import { createMemoryLogger } from '../../../src/log.js';
import { openLowdbStore } from '../../../src/store/lowdb-store.js';
import { CONTRACT_LIMITS, storeContract } from './store-contract.js';

const root = mkdtempSync(join(tmpdir(), 'file-contract-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let file = '';
let n = 0;

storeContract('data file', {
  open: () => {
    file = join(root, `advisor-${++n}.json`);
    return openLowdbStore(file, createMemoryLogger(), { limits: CONTRACT_LIMITS });
  },
  reopen: () => openLowdbStore(file, createMemoryLogger(), { limits: CONTRACT_LIMITS }),
});
