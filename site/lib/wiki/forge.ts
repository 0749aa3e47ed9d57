// Addresses on the forge that hosts the repository (history, issues, the repository itself),
// derived from the one `forge` setting. Each returns undefined while the forge is unset, so a
// page leaves the link out instead of pointing nowhere.
import type { Forge } from '../../settings';

/** A repository path as a URL path: each segment escaped, the slashes kept. */
const urlPath = (path: string) => path.split('/').filter(Boolean).map(encodeURIComponent).join('/');

export function repositoryUrl(forge: Forge | null): string | undefined {
  return forge ? `${forge.url}/${forge.repo}` : undefined;
}

/** The commits that touched a file or a folder, on the branch the site is published from. */
export function historyUrl(forge: Forge | null, path: string): string | undefined {
  if (!forge) return undefined;
  const repo = repositoryUrl(forge);
  const branch = urlPath(forge.branch);
  switch (forge.kind) {
    case 'github': return `${repo}/commits/${branch}/${urlPath(path)}`;
    case 'gitlab': return `${repo}/-/commits/${branch}/${urlPath(path)}`;
    case 'forgejo': return `${repo}/commits/branch/${branch}/${urlPath(path)}`;
  }
}

/** Where people report a problem. GitLab's canonical address has the `/-/` separator. */
export function issuesUrl(forge: Forge | null): string | undefined {
  if (!forge) return undefined;
  return `${repositoryUrl(forge)}${forge.kind === 'gitlab' ? '/-/issues' : '/issues'}`;
}
