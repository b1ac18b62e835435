// The App Home tab: what the bot does, the topics it covers and how to ask, published each time
// someone opens it so it always matches the knowledge. https://docs.slack.dev/surfaces/app-home
import type { App } from '@slack/bolt';
import type { SlackDeps } from '../deps.js';
import { renderHome } from '../home.js';

export function registerHomeListener(app: App, deps: SlackDeps): void {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    try {
      await client.views.publish({ user_id: event.user, view: renderHome(deps.advisor.describe()) });
    } catch (error) {
      deps.logger.error('slack: publishing the Home tab failed', { channel: event.channel, error });
    }
  });
}
