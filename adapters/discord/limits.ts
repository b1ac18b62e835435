// Discord's size limits, in one table, so render and the custom-id codec never send something
// Discord would reject with a 400. Counts are in characters (UTF-16 code units, as Discord counts).

/** https://discord.com/developers/docs/resources/message#create-message-jsonform-params */
export const MESSAGE_CONTENT_MAX = 2000;

/** https://discord.com/developers/docs/resources/message#embed-object-embed-limits */
export const EMBED = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  /** Sum of title, description, field names and values, footer text and author name across all embeds. */
  total: 6000,
  /** Embeds in one message. */
  perMessage: 10,
} as const;

/** https://discord.com/developers/docs/components/reference#action-row and #button */
export const COMPONENTS = {
  rowsPerMessage: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
} as const;

/** https://discord.com/developers/docs/interactions/application-commands#autocomplete */
export const AUTOCOMPLETE = {
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;
