import type { Hall, Staff } from '@zhengwu/core/contract';

/** Everyone who may sign in: the hall's staff, and the clerks its windows name (a hall without a staff list). */
export function hallStaff(hall: Hall): Staff[] {
  const all = new Map<string, Staff>();
  for (const person of hall.staff ?? []) all.set(person.id, person);
  for (const window of hall.windows) if (window.staff && !all.has(window.staff.id)) all.set(window.staff.id, window.staff);
  return [...all.values()];
}

export function findStaff(hall: Hall, id: string): Staff | undefined {
  return hallStaff(hall).find((person) => person.id === id);
}
