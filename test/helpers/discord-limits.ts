// Asserts a rendered message is one Discord would accept, limit by limit.
// https://discord.com/developers/docs/resources/message#embed-object-embed-limits
import { expect } from '@jest/globals';
import type { DiscordMessage } from '../../adapters/discord/render.js';

export function expectWithinDiscordLimits(message: DiscordMessage): void {
  expect(message.allowedMentions).toEqual({ parse: [] });
  expect((message.content ?? '').length).toBeLessThanOrEqual(2000);
  const hasSomething = (message.content ?? '').length > 0 || message.embeds.length > 0;
  expect(hasSomething).toBe(true);
  expect(message.embeds.length).toBeLessThanOrEqual(10);
  let total = 0;
  for (const embed of message.embeds) {
    expect((embed.title ?? '').length).toBeLessThanOrEqual(256);
    expect((embed.description ?? '').length).toBeLessThanOrEqual(4096);
    expect((embed.footer?.text ?? '').length).toBeLessThanOrEqual(2048);
    expect((embed.fields ?? []).length).toBeLessThanOrEqual(25);
    total += (embed.title ?? '').length + (embed.description ?? '').length + (embed.footer?.text ?? '').length;
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeLessThanOrEqual(256);
      expect(field.value.length).toBeLessThanOrEqual(1024);
      expect(field.value.length).toBeGreaterThan(0);
      total += field.name.length + field.value.length;
    }
  }
  expect(total).toBeLessThanOrEqual(6000);
  expect(message.components.length).toBeLessThanOrEqual(5);
  const ids = new Set<string>();
  for (const row of message.components) {
    expect(row.components.length).toBeGreaterThan(0);
    expect(row.components.length).toBeLessThanOrEqual(5);
    for (const button of row.components) {
      expect(button.custom_id.length).toBeLessThanOrEqual(100);
      expect((button.label ?? '').length).toBeLessThanOrEqual(80);
      expect(ids.has(button.custom_id)).toBe(false);
      ids.add(button.custom_id);
    }
  }
}
