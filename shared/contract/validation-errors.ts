/**
 * The one way Dawr words a failed zod validation for a person: each problem as `path: message`,
 * joined. Refusals (HTTP 400 / ack `validation`), configuration errors and command-line errors all
 * use it, so a citizen's tablet, the dashboard and a log say the same thing the same way.
 */

/** The part of a zod issue the wording needs (a `z.ZodError`'s `issues` are these). */
export interface IssueLike {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

export interface IssueWording {
  /**
   * Written in place of an empty path (a problem with the value as a whole), e.g. `(root)`,
   * `(body)`; absent: such a problem is its message alone.
   */
  root?: string;
  /** Before each path, e.g. `--` when the paths are command-line flags. */
  pathPrefix?: string;
  /** `false`: the messages alone, for inputs whose paths mean nothing to the reader. */
  paths?: boolean;
  /** Between problems; `; ` unless given. */
  separator?: string;
}

/** One problem: `path: message` (dotted path), or as `wording` says for an empty path. */
export function describeIssue(issue: IssueLike, wording: IssueWording = {}): string {
  if (wording.paths === false) return issue.message;
  const path = issue.path.map(String).join('.');
  if (path !== '') return `${wording.pathPrefix ?? ''}${path}: ${issue.message}`;
  return wording.root === undefined ? issue.message : `${wording.root}: ${issue.message}`;
}

/** Every problem of a failed validation, described and joined (see IssueWording). */
export function describeIssues(
  error: { readonly issues: readonly IssueLike[] },
  wording: IssueWording = {},
): string {
  return error.issues.map((i) => describeIssue(i, wording)).join(wording.separator ?? '; ');
}
