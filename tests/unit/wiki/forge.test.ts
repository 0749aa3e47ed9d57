import { describe, expect, it } from 'vitest';
import type { Forge } from '../../../site/settings';
import { historyUrl, issuesUrl, repositoryUrl } from '../../../site/lib/wiki/forge';
import { editEntryUrl, newEntryUrl, reviewCollection } from '../../../site/lib/wiki/editor';
import { wikiEntries } from '../../../site/lib/wiki/entries';

const github: Forge = { kind: 'github', url: 'https://github.com', repo: 'usinette/usinette', branch: 'main' };
const gitlab: Forge = { kind: 'gitlab', url: 'https://gitlab.com', repo: 'usinette/usinette', branch: 'main' };
const forgejo: Forge = { kind: 'forgejo', url: 'https://codeberg.org', repo: 'usinette/usinette', branch: 'main' };

describe('forge addresses', () => {
  it('builds a file’s history for each kind of forge', () => {
    expect(historyUrl(github, 'protocols/emballage.mdx')).toBe('https://github.com/usinette/usinette/commits/main/protocols/emballage.mdx');
    expect(historyUrl(gitlab, 'protocols/emballage.mdx')).toBe('https://gitlab.com/usinette/usinette/-/commits/main/protocols/emballage.mdx');
    expect(historyUrl(forgejo, 'protocols/emballage.mdx')).toBe('https://codeberg.org/usinette/usinette/commits/branch/main/protocols/emballage.mdx');
  });

  it('escapes each path segment but keeps the slashes', () => {
    expect(historyUrl(github, 'network/places/l’atelier #2.yaml')).toBe('https://github.com/usinette/usinette/commits/main/network/places/l%E2%80%99atelier%20%232.yaml');
  });

  it('gives the repository and its issues', () => {
    expect(repositoryUrl(github)).toBe('https://github.com/usinette/usinette');
    expect(issuesUrl(github)).toBe('https://github.com/usinette/usinette/issues');
    expect(issuesUrl(gitlab)).toBe('https://gitlab.com/usinette/usinette/-/issues');
    expect(issuesUrl(forgejo)).toBe('https://codeberg.org/usinette/usinette/issues');
  });

  it('gives nothing while the forge is unset, so pages leave the links out', () => {
    expect(historyUrl(null, 'protocols/emballage.mdx')).toBeUndefined();
    expect(issuesUrl(null)).toBeUndefined();
    expect(repositoryUrl(null)).toBeUndefined();
  });
});

describe('editor addresses of entries', () => {
  it('opens an entry by its path inside the collection folder', () => {
    expect(editEntryUrl('lieux', 'labfab-rennes')).toBe('/contribuer/editer/#/collections/lieux/entries/labfab-rennes');
    expect(newEntryUrl('production')).toBe('/contribuer/editer/#/collections/production/new');
    expect(newEntryUrl(reviewCollection('visiere-serre-tete'))).toBe('/contribuer/editer/#/collections/revues-visiere-serre-tete/new');
  });

  it('edits the English file of a design or guide where there is one, else the shared French file', () => {
    expect(wikiEntries.design('visiere-serre-tete', 'fr', true)).toEqual({ collection: 'modeles', slug: 'visiere-serre-tete', file: 'designs/visiere-serre-tete/index.mdx' });
    expect(wikiEntries.design('visiere-serre-tete', 'en', true)).toEqual({ collection: 'modeles-en', slug: 'visiere-serre-tete', file: 'designs/visiere-serre-tete/en.mdx' });
    expect(wikiEntries.design('visiere-serre-tete', 'en', false)).toEqual({ collection: 'modeles', slug: 'visiere-serre-tete', file: 'designs/visiere-serre-tete/index.mdx' });
    expect(wikiEntries.guide('surblouse', 'en', true).collection).toBe('guides-en');
  });

  it('edits protocols and network entries by their id', () => {
    expect(wikiEntries.protocol('desinfection-pieces-imprimees')).toMatchObject({ collection: 'protocoles', slug: 'desinfection-pieces-imprimees', file: 'protocols/desinfection-pieces-imprimees.mdx' });
    expect(wikiEntries.place('labfab-rennes')).toMatchObject({ collection: 'lieux', slug: 'labfab-rennes' });
    expect(wikiEntries.orgModel('p2p').file).toBe('network/models/p2p.yaml');
  });
});
