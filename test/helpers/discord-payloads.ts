// Gateway payloads shaped like the ones Discord sends (API v10), for the fake gateway and for
// unit tests. Field sets follow recorded INTERACTION_CREATE / MESSAGE_CREATE / GUILD_CREATE events;
// ids are fixed so tests can assert on them.
// https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object
// https://discord.com/developers/docs/resources/message#message-object

export const APPLICATION_ID = '1100000000000000001';
export const BOT_ID = APPLICATION_ID; // a bot user's id is its application's id
export const GUILD_ID = '1200000000000000001';
export const CHANNEL_ID = '1200000000000000010';
export const THREAD_ID = '1200000000000000020';
export const STAFF_ROLE_ID = '1200000000000000030';
export const BOT_ROLE_ID = '1200000000000000031';
export const DM_CHANNEL_ID = '1300000000000000001';
export const USER_ID = '1400000000000000001';
export const OTHER_USER_ID = '1400000000000000002';
export const OTHER_BOT_ID = '1400000000000000099';
export const STAFF_ROLE_NAME = 'Advisor Staff';

let next = 1_500_000_000_000_000_000n;
/** A fresh snowflake-looking id (17-19 digits, as Discord's are). */
export function snowflake(): string {
  next += 1n;
  return next.toString();
}

export const BOT = { id: BOT_ID, username: 'Rights Advisor', discriminator: '0000', global_name: null, avatar: null, bot: true, flags: 0 };
export const USER = { id: USER_ID, username: 'alex', discriminator: '0', global_name: 'Alex', avatar: null, public_flags: 0 };
export const OTHER_USER = { id: OTHER_USER_ID, username: 'sam', discriminator: '0', global_name: 'Sam', avatar: null, public_flags: 0 };
const OTHER_BOT = { id: OTHER_BOT_ID, username: 'Another Bot', discriminator: '0000', global_name: null, avatar: null, bot: true };

const JOINED = '2026-01-01T10:00:00.000000+00:00';

function member(roles: string[] = []) {
  return { roles, nick: null, avatar: null, premium_since: null, joined_at: JOINED, pending: false, deaf: false, mute: false, flags: 0, communication_disabled_until: null };
}

function role(id: string, name: string, extra: Record<string, unknown> = {}) {
  return { id, name, color: 0, colors: { primary_color: 0 }, hoist: false, icon: null, unicode_emoji: null, position: 0, permissions: '0', managed: false, mentionable: false, flags: 0, ...extra };
}

/** The guild the bot is in: one text channel, one thread in it, a staff role and the bot's own role. */
export function guildCreatePayload() {
  return {
    id: GUILD_ID,
    name: 'Anytown Community Pub Group',
    icon: null,
    owner_id: USER_ID,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 1,
    explicit_content_filter: 0,
    mfa_level: 0,
    system_channel_id: CHANNEL_ID,
    system_channel_flags: 0,
    premium_tier: 0,
    preferred_locale: 'en-GB',
    nsfw_level: 0,
    features: [],
    emojis: [],
    stickers: [],
    roles: [
      role(GUILD_ID, '@everyone', { permissions: '1024' }),
      role(STAFF_ROLE_ID, STAFF_ROLE_NAME, { position: 2 }),
      role(BOT_ROLE_ID, 'Rights Advisor', { position: 1, managed: true, tags: { bot_id: BOT_ID } }),
    ],
    joined_at: JOINED,
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [{ ...member([BOT_ROLE_ID]), user: BOT }],
    channels: [
      { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'general', position: 0, parent_id: null, topic: null, nsfw: false, permission_overwrites: [], rate_limit_per_user: 0, last_message_id: null, flags: 0 },
    ],
    threads: [
      {
        id: THREAD_ID,
        type: 11,
        guild_id: GUILD_ID,
        parent_id: CHANNEL_ID,
        owner_id: USER_ID,
        name: 'Saving the Red Lion',
        last_message_id: null,
        message_count: 3,
        member_count: 2,
        rate_limit_per_user: 0,
        flags: 0,
        thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: JOINED, locked: false, create_timestamp: JOINED },
        total_message_sent: 3,
      },
    ],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    premium_subscription_count: 0,
    nsfw: false,
    premium_progress_bar_enabled: false,
  };
}

/** A server someone else created and added the bot to, with a role named like the staff role. */
export const OTHER_GUILD_ID = '1700000000000000001';
export const OTHER_CHANNEL_ID = '1700000000000000010';
export const LOOKALIKE_ROLE_ID = '1700000000000000030';

/** GUILD_CREATE for that other server: the same shape as ours, its own ids, a lookalike "Advisor Staff" role. */
export function otherGuildCreatePayload() {
  const ours = guildCreatePayload();
  return {
    ...ours,
    id: OTHER_GUILD_ID,
    name: 'Not Your Server',
    system_channel_id: OTHER_CHANNEL_ID,
    roles: [role(OTHER_GUILD_ID, '@everyone', { permissions: '1024' }), role(LOOKALIKE_ROLE_ID, STAFF_ROLE_NAME, { position: 1 })],
    channels: [{ ...ours.channels[0]!, id: OTHER_CHANNEL_ID, guild_id: OTHER_GUILD_ID }],
    threads: [],
  };
}

/** The same interaction, as if sent from the other server's channel by a member holding `roles` there. */
export function fromOtherServer<T extends Record<string, unknown>>(payload: T, roles: string[]): T {
  const base = payload as Record<string, any>;
  return {
    ...payload,
    guild_id: OTHER_GUILD_ID,
    guild: { id: OTHER_GUILD_ID, locale: 'en-GB', features: [] },
    channel_id: OTHER_CHANNEL_ID,
    channel: { ...base.channel, id: OTHER_CHANNEL_ID, guild_id: OTHER_GUILD_ID },
    member: { ...base.member, roles },
    authorizing_integration_owners: { '0': OTHER_GUILD_ID },
  };
}

interface Where {
  /** 'guild' (default), 'thread' or 'dm'. */
  in?: 'guild' | 'thread' | 'dm';
  roles?: string[];
}

function interactionBase(type: number, where: Where = {}) {
  const place = where.in ?? 'guild';
  const common = {
    id: snowflake(),
    application_id: APPLICATION_ID,
    type,
    token: `interaction-token-${snowflake()}`,
    version: 1,
    app_permissions: '2248473465835073',
    locale: 'en-GB',
    entitlements: [],
    attachment_size_limit: 10485760,
  };
  if (place === 'dm') {
    return {
      ...common,
      channel_id: DM_CHANNEL_ID,
      channel: { id: DM_CHANNEL_ID, type: 1, flags: 0, last_message_id: null, recipients: [USER] },
      user: USER,
      context: 1,
      authorizing_integration_owners: { '0': GUILD_ID },
    };
  }
  const channel =
    place === 'thread'
      ? { id: THREAD_ID, type: 11, guild_id: GUILD_ID, parent_id: CHANNEL_ID, name: 'Saving the Red Lion', flags: 0, permissions: '2248473465835073', thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: JOINED, locked: false } }
      : { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'general', parent_id: null, position: 0, flags: 0, nsfw: false, permissions: '2248473465835073', topic: null, rate_limit_per_user: 0, last_message_id: null };
  return {
    ...common,
    guild_id: GUILD_ID,
    guild: { id: GUILD_ID, locale: 'en-GB', features: [] },
    guild_locale: 'en-GB',
    channel_id: channel.id,
    channel,
    member: { ...member(where.roles), user: USER, permissions: '2248473465835073' },
    context: 0,
    authorizing_integration_owners: { '0': GUILD_ID },
  };
}

/** INTERACTION_CREATE for `/rights question:<question> [private:<bool>]`. */
export function askCommandInteraction(question: string, options: Where & { private?: boolean } = {}) {
  const opts: Record<string, unknown>[] = [{ name: 'question', type: 3, value: question }];
  if (options.private !== undefined) opts.push({ name: 'private', type: 5, value: options.private });
  return { ...interactionBase(2, options), data: { id: '1600000000000000001', name: 'rights', type: 1, options: opts } };
}

/** INTERACTION_CREATE (type 4) while someone types into /rights question. */
export function askAutocompleteInteraction(partial: string, options: Where = {}) {
  return {
    ...interactionBase(4, options),
    data: { id: '1600000000000000001', name: 'rights', type: 1, options: [{ name: 'question', type: 3, value: partial, focused: true }] },
  };
}

/** INTERACTION_CREATE for `/rights-admin <subcommand> [options]`. */
export function adminCommandInteraction(subcommand: string, options: { name: string; type: number; value: unknown }[] = [], where: Where = {}) {
  return {
    ...interactionBase(2, where),
    data: { id: '1600000000000000002', name: 'rights-admin', type: 1, options: [{ name: subcommand, type: 1, options }] },
  };
}

/** INTERACTION_CREATE (type 3) for a button on one of the bot's messages. */
export function buttonInteraction(customId: string, label: string, options: Where & { ephemeral?: boolean } = {}) {
  const base = interactionBase(3, options);
  return {
    ...base,
    data: { custom_id: customId, component_type: 2 },
    message: {
      id: snowflake(),
      channel_id: base.channel_id,
      author: BOT,
      content: '',
      embeds: [{ title: 'How long does an asset of community value listing last?', description: 'A listing lasts **five years**.' }],
      components: [{ type: 1, id: 1, components: [{ type: 2, id: 2, style: 2, label, custom_id: customId }] }],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      type: 20,
      flags: options.ephemeral ? 64 : 0,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      webhook_id: APPLICATION_ID,
      application_id: APPLICATION_ID,
      interaction_metadata: { id: snowflake(), type: 2, user: USER, authorizing_integration_owners: { '0': GUILD_ID } },
    },
  };
}

interface MessageOptions extends Where {
  /** Users listed in `mentions` (Discord lists each user mentioned, and a pinged reply's author). */
  mentions?: string[];
  mentionRoles?: string[];
  mentionEveryone?: boolean;
  fromBot?: boolean;
  /** Written by the second member, Sam, rather than Alex. */
  fromOther?: boolean;
  /** A reply (type 19) to this message, written by the bot or by a member. */
  replyTo?: { id: string; by: 'bot' | 'member' };
}

/** MESSAGE_CREATE for a message someone wrote. */
export function messageCreate(content: string, options: MessageOptions = {}) {
  const place = options.in ?? 'guild';
  const author = options.fromBot ? OTHER_BOT : options.fromOther ? OTHER_USER : USER;
  const mentioned = (options.mentions ?? []).map((id) => (id === BOT_ID ? { ...BOT, member: member([BOT_ROLE_ID]) } : { id, username: 'someone', discriminator: '0', global_name: null, avatar: null }));
  const reply = options.replyTo
    ? {
        type: 19,
        message_reference: { type: 0, message_id: options.replyTo.id, channel_id: place === 'thread' ? THREAD_ID : CHANNEL_ID, guild_id: GUILD_ID },
        referenced_message: { id: options.replyTo.id, type: 0, content: '', author: options.replyTo.by === 'bot' ? BOT : OTHER_USER, attachments: [], embeds: [], components: [], mentions: [], mention_roles: [], mention_everyone: false, pinned: false, tts: false, flags: 0, timestamp: new Date().toISOString(), edited_timestamp: null, channel_id: place === 'thread' ? THREAD_ID : CHANNEL_ID },
      }
    : {};
  const common = {
    id: snowflake(),
    type: 0,
    ...reply,
    content,
    author,
    attachments: [],
    embeds: [],
    components: [],
    mentions: mentioned,
    mention_roles: options.mentionRoles ?? [],
    mention_everyone: options.mentionEveryone ?? false,
    pinned: false,
    tts: false,
    flags: 0,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    nonce: snowflake(),
  };
  if (place === 'dm') return { ...common, channel_id: DM_CHANNEL_ID, channel_type: 1 };
  return {
    ...common,
    channel_id: place === 'thread' ? THREAD_ID : CHANNEL_ID,
    channel_type: place === 'thread' ? 11 : 0,
    guild_id: GUILD_ID,
    member: member(options.roles),
  };
}

/** A message that @-mentions the bot, as Discord delivers it: `<@id>` in content and the bot in `mentions`. */
export function mentionMessage(text: string, options: MessageOptions = {}) {
  return messageCreate(`<@${BOT_ID}> ${text}`.trimEnd(), { ...options, mentions: [BOT_ID, ...(options.mentions ?? [])] });
}
