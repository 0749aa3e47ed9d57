// Site settings a deployment changes. Everything that links to the forge (edit, history, issues)
// and the editor's backend are derived from `forge`; read the README's "Contributions" section.

/** The forge that hosts the repository the site is built from. */
export interface Forge {
  /** Decap CMS backend for this forge. */
  kind: 'github' | 'gitlab' | 'forgejo';
  /** Web address of the forge, without a trailing slash: https://github.com, https://gitlab.com, https://codeberg.org… */
  url: string;
  /** "owner/name" on that forge. */
  repo: string;
  /** The branch the site is published from. */
  branch: string;
  /**
   * Where the editor logs in. GitHub needs an OAuth helper for a static site (see the README):
   * its address goes here. GitLab and Forgejo use PKCE and need an application id instead.
   */
  authBaseUrl?: string;
  appId?: string;
}

/**
 * Unset (null) until the project is deployed on a forge. While it is unset, edit links open the
 * editor on the local backend (`npm run wiki`), and history links are left out.
 */
export const forge: Forge | null = null;

/**
 * The site's public address, with its scheme and without a path ("https://usinette.example").
 * Unset (null) until the site is deployed: the pages then carry no `hreflang` alternate links,
 * since search engines accept only absolute addresses there and a guessed one would be wrong.
 */
export const siteUrl: string | null = null;
