import { describe, expect, it } from '@jest/globals';
import { parseStaffCommand } from '../../../src/staff/parse-command.js';

describe('parseStaffCommand', () => {
  it('given each verb with valid arguments, it returns the typed command', () => {
    expect(parseStaffCommand('unanswered')).toEqual({ ok: true, command: { verb: 'unanswered', json: false } });
    expect(parseStaffCommand('unanswered --json')).toEqual({ ok: true, command: { verb: 'unanswered', json: true } });
    expect(parseStaffCommand('link 12 acv-listing-length')).toEqual({ ok: true, command: { verb: 'link', item: 12, entryId: 'acv-listing-length' } });
    expect(parseStaffCommand('dismiss 7')).toEqual({ ok: true, command: { verb: 'dismiss', item: 7 } });
    expect(parseStaffCommand('stats')).toEqual({ ok: true, command: { verb: 'stats', days: 7 } });
    expect(parseStaffCommand('stats 30')).toEqual({ ok: true, command: { verb: 'stats', days: 30 } });
    expect(parseStaffCommand('stale')).toEqual({ ok: true, command: { verb: 'stale' } });
    expect(parseStaffCommand('reload')).toEqual({ ok: true, command: { verb: 'reload' } });
    expect(parseStaffCommand('help')).toEqual({ ok: true, command: { verb: 'help' } });
  });

  it('given an empty line, it shows help', () => {
    expect(parseStaffCommand('   ')).toEqual({ ok: true, command: { verb: 'help' } });
  });

  it('given extra spaces, capitals, "#" before an item or a capitalised entry id, it still understands the line', () => {
    expect(parseStaffCommand('  LINK   #12   ACV-Listing-Length ')).toEqual({ ok: true, command: { verb: 'link', item: 12, entryId: 'acv-listing-length' } });
  });

  it('given an unknown verb, it names it', () => {
    const result = parseStaffCommand('delete 3');
    expect(result).toEqual({ ok: false, message: expect.stringContaining('"delete"') });
  });

  it('given a malformed item, a missing entry or a bad number of days, it explains the right form', () => {
    expect(parseStaffCommand('link abc acv-what-is')).toEqual({ ok: false, message: expect.stringContaining('"abc" is not an item number') });
    expect(parseStaffCommand('link 3')).toEqual({ ok: false, message: expect.stringContaining('link <item> <entry-id>') });
    expect(parseStaffCommand('dismiss')).toEqual({ ok: false, message: expect.stringContaining('dismiss <item>') });
    expect(parseStaffCommand('dismiss 0')).toMatchObject({ ok: false });
    expect(parseStaffCommand('stats -2')).toEqual({ ok: false, message: expect.stringContaining('"-2" is not a number of days') });
    expect(parseStaffCommand('stats 1.5')).toMatchObject({ ok: false });
    expect(parseStaffCommand('reload now')).toMatchObject({ ok: false });
  });
});
