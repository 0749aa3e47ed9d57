// What coverage is computed for: every place, places that made face shields in 2020, and places
// with a given machine. Only capabilities some place has are offered: a layer of "no place
// anywhere" would say nothing the data does not already say; machines no source documents for
// any place are listed instead, so the page can say why they have no layer.
import type { Place, MachineKind } from '../../schemas/place';
import { machineKinds } from '../../schemas/place';
import type { UiKey } from '../../i18n';
import type { PlacePoint } from './coverage';

/** Distance beyond which a commune counts as a "zone blanche" in the tables (a reading choice). */
export const COVERAGE_THRESHOLD_KM = 20;

export interface Capability {
  id: string;
  labelKey: UiKey;
  places: PlacePoint[];
}

const point = (p: Place): PlacePoint => ({ id: p.id, lon: p.coordinates.lon, lat: p.coordinates.lat });

export function capabilities(places: Place[]): Capability[] {
  const caps: Capability[] = [{ id: 'all', labelKey: 'coverage.capability.all', places: places.map(point) }];
  const visors = places.filter((p) => p.made2020.includes('visiere'));
  if (visors.length > 0) caps.push({ id: 'visiere', labelKey: 'coverage.capability.visiere', places: visors.map(point) });
  for (const m of machineKinds) {
    const withMachine = places.filter((p) => p.machines.some((x) => x.kind === m));
    if (withMachine.length > 0) caps.push({ id: m, labelKey: `machine.${m}`, places: withMachine.map(point) });
  }
  return caps;
}

/** Machines that no place documents, hence without a coverage layer. */
export function undocumentedMachines(places: Place[]): MachineKind[] {
  return machineKinds.filter((m) => !places.some((p) => p.machines.some((x) => x.kind === m)));
}
