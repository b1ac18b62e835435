import { describe, it, expect } from '@jest/globals';
import { createLogger } from '../../../src/log.js';
import { hashConversationKey, hashUserId, MAX_REDACTED_CHARS, pseudonym, redact } from '../../../src/store/privacy.js';
import { overBound } from '../../helpers/time-bound.js';

describe('redact', () => {
  it.each(['jo.bloggs@example.org', 'jo.bloggs+pub@example.co.uk', 'CLERK@Parish-Council.gov.uk'])('given the email %s, it replaces it', (email) => {
    const out = redact(`please email ${email} about the pub`);
    expect(out).toBe('please email [email] about the pub');
  });

  it.each([
    '07700 900123',
    '07700900123',
    '+44 7700 900123',
    '+447700900123',
    '020 7946 0958',
    '0161 496 0000',
    '0161-496-0000',
    '0117.496.0123',
    '01632 960001',
    '+44 (0)20 7946 0958',
  ])('given the UK phone number %s, it replaces it', (phone) => {
    const out = redact(`call me on ${phone} after six`);
    expect(out).toBe('call me on [phone] after six');
  });

  it('given a London number written with the area code in brackets, (020) 7946 0958, it replaces it', () => {
    const out = redact('call me on (020) 7946 0958 after six');
    expect(out).not.toMatch(/7946|0958/);
  });

  it.each(['SW1A 1AA', 'm1 1ae', 'M1 1AE', 'EC1A 1BB', 'EC1A1BB', 'B33 8TH', 'DN55 1PT', 'cr2 6xh'])('given the postcode %s, it replaces it', (postcode) => {
    const out = redact(`our hall is at ${postcode} in town`);
    expect(out).toBe('our hall is at [postcode] in town');
  });

  it('given several details in one question, it replaces them all', () => {
    const out = redact('I am jo@example.org, 07700 900123, LS1 4AP: can we list the pub?');
    expect(out).toBe('I am [email], [phone], [postcode]: can we list the pub?');
  });

  it('given the numbers a community-rights question uses, it leaves them alone', () => {
    const q = 'is it 6 weeks or 6 months, and do we need 21 members under section 87 of the 2011 act for £50000?';
    expect(redact(q)).toBe(q);
  });
});

describe('hashUserId', () => {
  it('given the same platform, id and salt, it returns the same hash every time', () => {
    expect(hashUserId('slack', 'U0123ABC', 'salt-1')).toBe(hashUserId('slack', 'U0123ABC', 'salt-1'));
  });

  it('given a different salt, it returns a different hash', () => {
    expect(hashUserId('slack', 'U0123ABC', 'salt-1')).not.toBe(hashUserId('slack', 'U0123ABC', 'salt-2'));
  });

  it('given the same id on another platform, it returns a different hash', () => {
    expect(hashUserId('slack', '123456', 'salt')).not.toBe(hashUserId('discord', '123456', 'salt'));
  });

  it('given different users, it returns different hashes', () => {
    expect(hashUserId('slack', 'U1', 'salt')).not.toBe(hashUserId('slack', 'U2', 'salt'));
  });

  it('given an id, the hash does not contain the id', () => {
    for (const id of ['U0123ABC', '123456789012345678', 'volunteer']) {
      const hash = hashUserId('discord', id, 'salt');
      expect(hash.toLowerCase()).not.toContain(id.toLowerCase());
      expect(hash).toMatch(/^[0-9a-f]{16,}$/);
    }
  });
});

describe('redact, beyond contact details', () => {
  it.each([
    ['my name is Jo Bloggs and I run the pub', 'my name is [name] and I run the pub'],
    ['my name is jo bloggs', 'my name is [name]'],
    ["I'm Sarah from the Red Lion group", "I'm [name] from the Red Lion group"],
    ['I am Priya Shah, secretary', 'I am [name], secretary'],
    ['Cllr Jones said we could not', '[name] said we could not'],
    ['can we list the pub? Thanks, Jo', 'can we list the pub? Thanks, [name]'],
  ])('given a name the writer gives (%s), it replaces the name', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    ['I live at 12 High Street, Leeds', 'I live at [address], Leeds'],
    ['Flat 3, 221b Baker Street', '[address]'],
    ['we are at 14 church lane', 'we are at [address]'],
  ])('given a street address (%s), it replaces it', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    ['I was born on 3 May 1985', 'I was born on [date of birth]'],
    ['DOB: 03/05/1985', 'DOB: [date of birth]'],
    ['date of birth is 12th March 1979', 'date of birth is [date of birth]'],
  ])('given a date of birth (%s), it replaces the date', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it('given a card number that passes the Luhn check, it replaces it; one that fails is just a number', () => {
    expect(redact('card 4111 1111 1111 1111 please')).toBe('card [card number] please');
    expect(redact('card 4111-1111-1111-1111')).toBe('card [card number]');
    expect(redact('ref 4111 1111 1111 1112')).toBe('ref 4111 1111 1111 1112');
  });

  it('given a sort code and account number, written in any usual way, it replaces both', () => {
    expect(redact('sort code 12-34-56 account 12345678')).toBe('sort code [sort code] account [account number]');
    expect(redact('sort code: 123456, acc no 87654321')).toBe('sort code: [sort code], acc no [account number]');
    expect(redact('pay 12-34-56 12345678 today')).toBe('pay [sort code] [account number] today');
  });

  it('given an IBAN with a valid checksum, it replaces it; an invalid one stays', () => {
    expect(redact('IBAN GB82 WEST 1234 5698 7654 32')).toBe('IBAN [iban]');
    expect(redact('GB82WEST12345698765432')).toBe('[iban]');
    expect(redact('GB00WEST12345698765432')).toBe('GB00WEST12345698765432');
  });

  it('given a National Insurance number, it replaces it', () => {
    expect(redact('my NI is AB123456C')).toBe('my NI is [ni number]');
    expect(redact('NI number AB 12 34 56 C.')).toBe('NI number [ni number].');
  });

  it.each(["o'brien@example.co.uk", 'jö@exämple.de', 'jo @ example.org', 'jo at example dot com', 'jo(at)example(dot)org', 'jo [at] example [dot] org'])(
    'given the email written as %s, it replaces it',
    (email) => {
      expect(redact(`write to ${email} today`)).toBe('write to [email] today');
    },
  );

  it.each(['0044 7700 900123', '+44-7700-900123', '+1 415 555 0100', '+33 1 23 45 67 89', '07700-900-123'])('given the phone number %s, it replaces it', (phone) => {
    expect(redact(`ring ${phone} now`)).toBe('ring [phone] now');
  });

  it.each(['sw1a  1aa', 'SW1A-1AA', 'GU16 7HF'])('given the postcode %s, it replaces it', (postcode) => {
    expect(redact(`at ${postcode} now`)).toBe('at [postcode] now');
  });

  it.each([
    'I am Chair of the parish council and I am Welsh',
    'is this England or Wales?',
    'we have 6 months on this road and 5 acres off the road',
    'what is a S106 agreement and the 28 day moratorium',
    'company number 12345678, listed on 12/03/2024',
    'the 2026-11-21T12:00:00.000Z file advisor.json.corrupt-2026-11-21T12-00-00-000Z',
  ])('given ordinary words and numbers (%s), it leaves them alone', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('redaction cost', () => {
  const HOSTILE = ['a', 'a.', 'a@', 'a@a.', '0', '0 ', '1-', 'A1 ', 'my name is ', 'I am A ', 'born on ', ' at ', 'a at a dot ', '+1', '12 High ', 'Mr A ', 'GB00 '];

  it.each(HOSTILE)('given 40,000 characters of "%s" repeated, every expression finishes quickly (linear, not quadratic)', async (unit) => {
    const text = unit.repeat(Math.ceil(40_000 / unit.length)).slice(0, 40_000);
    // A generous safety bound: the linear expressions take a few milliseconds; a quadratic one takes seconds.
    expect(await overBound(() => redact(text, 1_000_000), { boundMs: 400 })).toBeUndefined();
  });

  it('given text longer than the cap, it cuts it before any expression runs', () => {
    expect(redact('x'.repeat(50_000)).length).toBe(MAX_REDACTED_CHARS);
  });
});

describe('pseudonymous keys', () => {
  it('given a thread key holding a raw platform id, the stored key holds neither the key nor the id', () => {
    const key = hashConversationKey('slack:cmd:C1:U0SECRET1', 'salt-1');
    expect(key).not.toContain('U0SECRET1');
    expect(key).toBe(hashConversationKey('slack:cmd:C1:U0SECRET1', 'salt-1'));
    expect(key).not.toBe(hashConversationKey('slack:cmd:C1:U0SECRET1', 'salt-2'));
  });

  it('given a staff member, the pseudonym keeps the platform and hides the id', () => {
    expect(pseudonym('slack', 'U0STAFF1', 'salt')).toMatch(/^slack:[0-9a-f]{16}$/);
    expect(pseudonym('slack', 'U0STAFF1', 'salt')).not.toContain('U0STAFF1');
  });
});

describe('log lines', () => {
  it('given an error logged with personal details in its message and context, the line written holds none of them', () => {
    const lines: string[] = [];
    const logger = createLogger('debug', (l) => lines.push(l));
    logger.error('failed on "call jo@example.org or 07700 900123"', { err: new Error('my name is Jo Bloggs, SW1A 1AA'), card: '4111 1111 1111 1111' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(/jo@example|07700|Bloggs|SW1A|4111/);
    expect(lines[0]).toContain('[email]');
  });
});
