import { matchesSearch } from '../../../common/text.js';
import type { Unit } from '../../../common/units.js';

export interface UnitNode {
  unit: Unit;
  children: UnitNode[];
}

/** The flat list from the API as a tree, in the server's order; units whose parent is not listed are roots. */
export function buildUnitTree(units: readonly Unit[]): UnitNode[] {
  const nodes = new Map(units.map((unit) => [unit.id, { unit, children: [] as UnitNode[] }]));
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId === null ? undefined : nodes.get(node.unit.parentId);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** The units whose name or code matches, with the units above them so the tree keeps its shape. */
export function filterUnitTree(nodes: UnitNode[], query: string): UnitNode[] {
  if (query.trim() === '') return nodes;
  return nodes.flatMap((node) => {
    const children = filterUnitTree(node.children, query);
    return isMatch(node.unit, query) || children.length > 0 ? [{ unit: node.unit, children }] : [];
  });
}

export const isMatch = (unit: Unit, query: string) => matchesSearch(`${unit.name} ${unit.code}`, query);

/** Depth-first, with each unit's depth: for indented lists such as a unit select. */
export function flattenUnitTree(nodes: UnitNode[], depth = 0): { unit: Unit; depth: number }[] {
  return nodes.flatMap((node) => [{ unit: node.unit, depth }, ...flattenUnitTree(node.children, depth + 1)]);
}

/**
 * The part of the tree a user works in: under the nearest city (or province) at or above their
 * unit, as the server scopes rights. The units above it are listed for context only.
 */
export function jurisdictionTree(nodes: UnitNode[], unitId: number): UnitNode[] {
  const path = pathTo(nodes, unitId);
  const root = path.findLast((node) => node.unit.kind === 'city' || node.unit.kind === 'province') ?? path[0];
  return root ? [root] : [];
}

function pathTo(nodes: UnitNode[], unitId: number): UnitNode[] {
  for (const node of nodes) {
    if (node.unit.id === unitId) return [node];
    const below = pathTo(node.children, unitId);
    if (below.length > 0) return [node, ...below];
  }
  return [];
}
