// Turns recorded gateway payloads into the discord.js objects the adapter receives, with no
// network: a Client that never logs in, fed through the same actions the gateway handlers use.
import { Client, ClientUser, Events, GatewayIntentBits, Partials } from 'discord.js';
import type { Interaction, Message } from 'discord.js';
import { BOT, guildCreatePayload } from './discord-payloads.js';

/** Internal discord.js entry points (what the gateway's MESSAGE_CREATE / INTERACTION_CREATE handlers call). */
interface Actions {
  MessageCreate: { handle(data: unknown): { message?: Message } };
  InteractionCreate: { handle(data: unknown): void };
}

export interface Structures {
  client: Client;
  message(payload: unknown): Message;
  interaction(payload: unknown): Interaction;
  destroy(): Promise<void>;
}

export function discordStructures(): Structures {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages, GatewayIntentBits.MessageContent],
    partials: [Partials.Channel],
  });
  // What READY and GUILD_CREATE would have cached.
  const internal = client as unknown as { actions: Actions; user: unknown; guilds: { _add(data: unknown): unknown } };
  // ClientUser's constructor is internal in the typings but is what READY uses.
  internal.user = new (ClientUser as unknown as new (c: Client, data: unknown) => ClientUser)(client, BOT);
  internal.guilds._add(guildCreatePayload());

  return {
    client,
    message(payload) {
      const { message } = internal.actions.MessageCreate.handle(payload);
      if (!message) throw new Error('discord.js dropped the message (channel not cached?)');
      return message;
    },
    interaction(payload) {
      let received: Interaction | undefined;
      const listener = (i: Interaction) => (received = i);
      client.once(Events.InteractionCreate, listener);
      internal.actions.InteractionCreate.handle(payload);
      client.off(Events.InteractionCreate, listener);
      if (!received) throw new Error('discord.js did not emit the interaction');
      return received;
    },
    destroy: () => client.destroy(),
  };
}
