// The units of the signed-in user's city, for unit filters and pickers.
import { useMemo } from 'react';
import type { Unit } from '../../../common/units.js';
import { useResource } from '../../app/use-resource.js';
import { useSession } from '../auth/session.js';
import { fetchUnits } from '../units/api.js';
import { buildUnitTree, flattenUnitTree, jurisdictionTree } from '../units/unit-tree.js';

export interface CityUnit {
  unit: Unit;
  depth: number;
}

/** The city's units, depth-first with their depth; undefined while loading. */
export function useCityUnits(): CityUnit[] | undefined {
  const { user } = useSession();
  const { data } = useResource(fetchUnits);
  return useMemo(() => (data && user ? flattenUnitTree(jurisdictionTree(buildUnitTree(data), user.unit.id)) : undefined), [data, user]);
}

/** <option>s indented by depth, so the tree's shape shows in a select. */
export function UnitOptions({ units }: { units: readonly CityUnit[] }) {
  return units.map(({ unit, depth }) => (
    <option key={unit.id} value={unit.id}>
      {'\u00a0\u00a0\u00a0'.repeat(depth)}
      {unit.name}
    </option>
  ));
}
