// The origins the editor may reach for a forge: its API and where it serves avatars and files.
import type { Forge } from '../../settings';

export function forgeOrigins(forge: Forge | null): string[] {
  if (!forge) return [];
  if (forge.kind === 'github' && forge.url === 'https://github.com') {
    return ['https://api.github.com', 'https://avatars.githubusercontent.com', 'https://raw.githubusercontent.com'];
  }
  return [new URL(forge.url).origin];
}
