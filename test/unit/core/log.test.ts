// Log lines are for operators: readable text or one JSON object per line, and never a person's
// email, phone number or postcode, wherever in the line it turns up.
import { describe, expect, it } from '@jest/globals';
import { createMemoryLogger } from '../../../src/log.js';

const PERSONAL = 'mail jo@example.com or ring 07700 900123, SW1A 1AA';

describe('the logger', () => {
  it.each(['text', 'json'] as const)('given personal details in the message, the context and an error (%s), none reaches the line', (format) => {
    const logger = createMemoryLogger(format);
    logger.error(`failed to answer "${PERSONAL}"`, { question: PERSONAL, nested: { list: [PERSONAL] }, err: new Error(`bad input: ${PERSONAL}`) });
    const [line] = logger.lines;
    expect(line).not.toMatch(/jo@example\.com|07700|900123|SW1A/);
    expect(line).toContain('[email]');
  });

  it('given LOG_FORMAT json, each call is one line that parses, with level, time, message and context', () => {
    const logger = createMemoryLogger('json');
    logger.info('knowledge reloaded', { entries: 95 });
    logger.warn('second line');
    expect(logger.lines).toHaveLength(2);
    const first = JSON.parse(logger.lines[0]) as Record<string, unknown>;
    expect(first).toMatchObject({ level: 'info', msg: 'knowledge reloaded', entries: 95, time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    expect(JSON.parse(logger.lines[1])).toMatchObject({ level: 'warn', msg: 'second line' });
  });

  it('given an error in the context, it is logged with its type, message and stack, and a circular object does not break the line', () => {
    const logger = createMemoryLogger('json');
    const loop: Record<string, unknown> = { name: 'loop' };
    loop.self = loop;
    logger.error('boom', { err: new TypeError('no such thing'), loop });
    const line = JSON.parse(logger.lines[0]) as { err: { type: string; message: string; stack: string }; loop: { self: string } };
    expect(line.err).toMatchObject({ type: 'TypeError', message: 'no such thing', stack: expect.stringContaining('TypeError') });
    expect(line.loop.self).toBe('[circular]');
  });

  it('given a question with terminal control and bidi characters, a JSON line carries them escaped and still decodes to what was logged', () => {
    const logger = createMemoryLogger('json');
    const hostile = 'pub\u009b31m red \u202eevil\u2028next';
    logger.warn('unanswered', { question: hostile });
    expect(logger.lines[0]).not.toMatch(/[\u0080-\u009f\u202a-\u202e\u2028]/);
    expect((JSON.parse(logger.lines[0]) as { question: string }).question).toBe(hostile);
  });

  it('given text format, the line is the time, the level and the message, with the context as JSON', () => {
    const logger = createMemoryLogger();
    logger.warn('slow reload', { ms: 1200 });
    expect(logger.lines[0]).toMatch(/^\d{4}-\d\d-\d\dT\S+ WARN  slow reload \{"ms":1200\}$/);
  });
});
