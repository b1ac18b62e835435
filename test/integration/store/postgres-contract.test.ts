import { createMemoryLogger } from '../../../src/log.js';
import { openPostgresStore } from '../../../src/store/postgres/postgres-store.js';
import { usePostgresServer } from '../../helpers/postgres-server.js';
import { CONTRACT_LIMITS, storeContract } from './store-contract.js';

const server = usePostgresServer();
let url = '';
let n = 0;

storeContract('PostgreSQL', {
  open: async () => {
    url = await server.createDatabase(`contract_${++n}`);
    return openPostgresStore(url, createMemoryLogger(), { limits: CONTRACT_LIMITS });
  },
  reopen: () => openPostgresStore(url, createMemoryLogger(), { limits: CONTRACT_LIMITS }),
});
