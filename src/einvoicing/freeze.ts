// Private: freezes module data once at load, so no caller can change a shared table.
// TODO(after merge of harden-dunning): use the shared deepFreeze of src/internal/freeze.ts.

/** Freezes `value` and everything reachable from it; returns it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
