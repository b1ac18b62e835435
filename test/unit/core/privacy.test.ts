import { describe, it, expect } from '@jest/globals';
import { hashUserId, redact } from '../../../src/store/privacy.js';

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
