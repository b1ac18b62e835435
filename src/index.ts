// The only module adapters import from the core.
export * from './types.js';
export { buildCore, type Core, type BuildOptions } from './bootstrap.js';
export { createAdvisor, type FullAdvisor, type Explained, type AdvisorDeps } from './advisor.js';
export { loadConfig, type AppConfig, type SlackConfig, type DiscordConfig } from './config.js';
export { ConfigError, KnowledgeError, StoreError, type KnowledgeProblem } from './errors.js';
export { createLogger, createMemoryLogger, type Logger } from './log.js';
export { KnowledgeHolder } from './kb/knowledge-holder.js';
export { loadKnowledge } from './kb/load-knowledge.js';
export { createMemoryStore } from './store/memory-store.js';
export { openLowdbStore } from './store/lowdb-store.js';
export type { Store, StoreData } from './store/store.js';
export { toPlainText, markdownToPlain, formatDate } from './reply/plain-text.js';
export { MAX_QUESTION_CHARS } from './input-guard.js';
export { parseStaffCommand, STAFF_USAGE, type StaffCommand } from './staff/parse-command.js';
export { executeStaffCommand, type StaffDeps } from './staff/run-staff-command.js';
export { queueAsJson, type QueueJsonItem } from './staff/queue-json.js';
export { exportLearned, type ExportResult } from './staff/export-learned.js';
export { terminalText, terminalJson } from './guard/terminal-text.js';
