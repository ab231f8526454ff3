/**
 * "I'm running late": the ticket moves back a number of places in its own line. Pure: it reads
 * the line's keys (in calling order) and returns the new place, keeping everyone else's.
 */

/**
 * The sortKey that puts a visit `places` behind where it stands. `lineKeys` are the keys of the
 * line in calling order and include the visit's own `currentKey`. The new key sits halfway
 * between the visit that ends up in front and the one after it, so no other key has to change;
 * when fewer than `places` wait behind, the visit goes to the back. Null when nobody is behind
 * (moving back would change nothing).
 */
export function postponedSortKey(
  lineKeys: readonly number[],
  currentKey: number,
  places: number,
): number | null {
  if (!Number.isInteger(places) || places < 1) throw new RangeError('places must be a positive integer');
  const behind = lineKeys.filter((k) => k > currentKey);
  if (behind.length === 0) return null;
  if (behind.length <= places) return behind[behind.length - 1]! + 1;
  const front = behind[places - 1]!;
  const next = behind[places]!;
  // Keys are unique in practice (arrival order); were two equal, the line's id tie-break decides.
  return (front + next) / 2;
}
