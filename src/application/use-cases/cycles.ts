import type { CreateYearInput, SaveCycleInput } from '../../contracts/schemas';
import { cycleLocaleOf, hasYear, yearWithQuarters } from '../../domain/cycle-plan';
import type { Cycle } from '../../domain/types';
import { requireAllowed } from '../access';
import { invalidField, NotFoundError, unknownReference, ValidationError } from '../errors';
import type { Actor, Ports } from '../ports';
import { requireVersion } from './versions';
import { cycleView } from '../cycle-view';
import type { CycleView } from '../../contracts/views';

/** Every cycle, archived ones too (the UI decides what to hide), each with `archived` present. */
export async function listCycles(ports: Ports): Promise<CycleView[]> {
  const cycles = await ports.cycles.list();
  return cycles
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.name.localeCompare(b.name))
    .map(cycleView);
}

export async function saveCycle(ports: Ports, actor: Actor, input: SaveCycleInput): Promise<CycleView> {
  return cycleView(await storeCycle(ports, actor, input));
}

async function storeCycle(ports: Ports, actor: Actor, input: SaveCycleInput): Promise<Cycle> {
  await requireAllowed(ports, actor, { kind: 'manage-organisation' });
  if (input.parentCycleId) await checkParentCycle(ports, input);
  const fields = {
    name: input.name,
    kind: input.kind,
    startDate: input.startDate,
    endDate: input.endDate,
    ...(input.parentCycleId ? { parentCycleId: input.parentCycleId } : {}),
    archived: input.archived,
  };
  if (!input.id) {
    return ports.cycles.save({ id: ports.ids.newId(), ...fields, version: 1 });
  }
  const version = requireVersion(input.version);
  const existing = await ports.cycles.get(input.id);
  if (!existing) throw new NotFoundError(`No cycle with id "${input.id}"`);
  return ports.cycles.save({ id: existing.id, ...fields, version: version + 1 }, version);
}

/** Quarterly cycles hang under an annual one and must lie inside it (OKR-METHOD.md "Cycles"). */
async function checkParentCycle(ports: Ports, input: SaveCycleInput): Promise<void> {
  const parentId = input.parentCycleId!;
  if (parentId === input.id) {
    throw invalidField('parentCycleId', 'inconsistent', 'A cycle cannot be its own parent');
  }
  const parent = await ports.cycles.get(parentId);
  if (!parent) throw unknownReference('parentCycleId', 'cycle', parentId);
  if (parent.kind !== 'year' || input.kind !== 'quarter') {
    throw invalidField('parentCycleId', 'inconsistent', 'Only a quarterly cycle can hang under an annual cycle');
  }
  if (input.startDate < parent.startDate || input.endDate > parent.endDate) {
    throw invalidField('startDate', 'inconsistent', `The quarter must lie within ${parent.name}`);
  }
}

/**
 * A year and its four quarters, named in the caller's language (`locale` from the trusted
 * context), created together. A year already set up is refused: a second one would split its OKRs.
 */
export async function createYear(ports: Ports, actor: Actor, input: CreateYearInput, locale: string | undefined): Promise<CycleView[]> {
  await requireAllowed(ports, actor, { kind: 'manage-organisation' });
  const existing = await ports.cycles.list();
  if (hasYear(existing, input.year)) {
    throw new ValidationError(`${input.year} is already set up`, {
      year: { code: 'invalid_value', message: `${input.year} is already set up`, reason: 'year-exists' },
    });
  }
  const plan = yearWithQuarters(input.year, cycleLocaleOf(locale));
  const { quarter: _none, ...yearFields } = plan.year;
  const year: Cycle = { id: ports.ids.newId(), ...yearFields, version: 1 };
  const quarters = plan.quarters.map(({ quarter: _quarter, ...fields }): Cycle => ({ id: ports.ids.newId(), ...fields, parentCycleId: year.id, version: 1 }));
  return (await ports.cycles.createAll([year, ...quarters])).map(cycleView);
}
