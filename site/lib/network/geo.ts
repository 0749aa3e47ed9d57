// Brittany's communes and departments as the Code officiel géographique lists them (INSEE, via
// @etalab/decoupage-administratif): codes, names, departments and legal populations. The package
// ships no boundaries and no commune centres, so nothing here can place a commune on a map.
import communesCog from '@etalab/decoupage-administratif/data/communes.json' with { type: 'json' };
import departementsCog from '@etalab/decoupage-administratif/data/departements.json' with { type: 'json' };
import { BRITTANY_DEPARTMENTS } from '../../schemas/sourced';

export interface Commune {
  code: string;
  name: string;
  department: string;
  population: number;
}

const brittany = new Set<string>(BRITTANY_DEPARTMENTS);
let cached: Map<string, Commune> | undefined;

/** Every current commune of Brittany's four departments, by INSEE code. */
export function communes(): Map<string, Commune> {
  cached ??= new Map(
    (communesCog as { code: string; nom: string; type: string; departement?: string; population?: number }[])
      .filter((c) => c.type === 'commune-actuelle' && c.departement !== undefined && brittany.has(c.departement))
      .map((c) => [c.code, { code: c.code, name: c.nom, department: c.departement!, population: c.population ?? 0 }]),
  );
  return cached;
}

/** The official name of each of Brittany's departments, by code. */
export function departmentNames(): Map<string, string> {
  return new Map((departementsCog as { code: string; nom: string }[]).filter((d) => brittany.has(d.code)).map((d) => [d.code, d.nom]));
}
