// A bot process for the sharing test: builds the real core from the environment (data file or
// database), prints "ready", then asks `count` questions from distinct people a few milliseconds
// apart (every fifth one something the bot cannot answer), closes and prints "done".
import { buildCore } from '../../../../src/bootstrap.js';

const [label, count, paceMs] = process.argv.slice(2);
const core = await buildCore({ watchKnowledge: false });
process.stdout.write('ready\n');
for (let i = 0; i < Number(count); i++) {
  const text = i % 5 === 0 ? `can we hold a ${label} duck race number ${i} on the canal` : 'how long does an acv listing last';
  await core.advisor.ask({ text, platform: 'cli', user: { id: `${label}-${i}` }, channel: { id: 'terminal', isDirect: true }, threadId: `cli:${label}:${i}`, receivedAt: new Date() });
  await new Promise((r) => setTimeout(r, Number(paceMs)));
}
await core.close();
process.stdout.write('done\n');
