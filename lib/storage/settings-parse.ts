// Adapter: stored settings are validated by lib/settings, which salvages what is readable of the person's lists.
import { parseSettings } from '../settings/validate';
import type { Settings } from '../settings/types';

export function parseStoredSettings(data: unknown): { value: Settings; problems: string[] } {
  const { settings, problems } = parseSettings(data);
  return { value: settings, problems };
}
