// With LOG_FORMAT=json every line on stderr must be JSON, including Node's own warnings
// (deprecations and the like), which Node otherwise prints as "(node:123) Warning: ...".
import type { Logger } from '../../src/index.js';

export function routeProcessWarnings(logger: Logger) {
  process.removeAllListeners('warning');
  process.on('warning', (warning) => logger.warn(`${warning.name}: ${warning.message}`, { code: (warning as { code?: string }).code }));
}
