/**
 * The hub's application service: the only place that runs engine decisions against the store.
 * Requests that arrive together are committed together (group commit): each is decided in order
 * against memory (a refusal throws before anything is applied), the batch's rows are written by the
 * commit worker in one transaction (one fsync), and only then are they acknowledged.
 */
import { OPERATIONS, type OperationInput, type OperationName } from '../../../shared/contract/operations.js';
import type { Catalogue, Staff } from '../../../shared/contract/catalogue.js';
import type { Actor, Visit } from '../../../shared/contract/visit.js';
import { decide, type EngineInput } from '../../../shared/domain/engine.js';
import { DomainError } from '../../../shared/domain/errors.js';
import {
  applyChange,
  createState,
  forgetFinishedBefore,
  replaceCatalogue,
  type Change,
  type CentreState,
} from '../../../shared/domain/state.js';
import type { Context } from '../../../shared/domain/commands.js';
import { businessDay } from '../../../shared/domain/time.js';
import type { Role } from '../../../shared/contract/operations.js';
import type { Db } from './store/database.js';
import {
  allStaff,
  changeRows,
  loadState,
  readCatalogue,
  writeCatalogue,
  type ChangeRows,
} from './store/repository.js';
import { inlineCommitter, workerCommitter, type Committer } from './store/committer.js';
import type { PersonalDataSealer } from './personal-data/sealer.js';
import { newToken } from './security.js';
import { hashIdentifier } from '../../common/identity-hash.js';
import { uuidv7 } from './ids.js';
import type { IssuingFor } from './issue-policy.js';
import { hooksOf, type HookCall, type SettledBatch } from './operation-hooks.js';
import { describeIssues } from '../../../shared/contract/validation-errors.js';
import { checkedReply, checkRepliesByDefault } from './reply-check.js';
import type { SessionEndReason } from '../../../shared/contract/auth.js';
import { SESSION_END_MESSAGES } from './session-end.js';

const RECOVERY_RETRY_MS = 1000;
/** How soon writeWhenFree tries again when the write lock was held by another connection. */
const LOCK_RETRY_MS = 2;

export interface Clock {
  now(): number;
}
export const systemClock: Clock = { now: () => Date.now() };

/** Who is asking: the actor recorded on events, and the roles checked against OPERATIONS. */
export interface Principal {
  actor: Actor;
  roles: Role[];
  staff?: Staff;
  /** The session token's or device key's hash and when it expires: what sockets re-check. */
  credential?: Credential;
  /** Only hub modules set this, after checking a booking or a phone's code (see issue-policy.ts). */
  issuingFor?: IssuingFor;
}

/**
 * A session token or device key as a request carries it. `ended` is set when it stops standing
 * (signed out, revoked, re-keyed, an account changed: Hub.endCredentials, SocketGuard), so a request
 * that was queued on it before then is refused when its batch is decided, not carried out.
 */
export interface Credential {
  hash: string;
  expiresAt: number | null;
  ended?: SessionEndReason;
}

/** Credentials (hashes of tokens or keys) that stopped standing, and why: what AuthService tells its listeners. */
export interface EndedCredentials {
  hashes: readonly string[];
  reason: SessionEndReason;
}

export type Outcome<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

export interface Committed {
  name: OperationName;
  change: Change;
  result: unknown;
}

type Settle = (settled: SettledBatch) => unknown;

/** One request decided and applied: its change, its reply (or what builds it once the batch is decided). */
interface Decided {
  change: Change;
  result: unknown;
  settle?: Settle;
  now: number;
}

interface Pending {
  name: OperationName;
  input: unknown;
  principal: Principal;
  resolve: (o: Outcome<unknown>) => void;
}

export interface HubOptions {
  db: Db;
  clock?: Clock;
  identityKey: string;
  /** Seals the personal data of the visit rows it writes (the representative's name) and opens it on load. */
  sealer: PersonalDataSealer;
  /** Called once per committed batch, after the commit: broadcasting hangs off this. */
  onCommit?: (batch: Committed[]) => void;
  /** Defaults to a commit worker thread for a database file, inline for an in-memory one. */
  committer?: Committer;
  /** Check every answer against its operation's output schema (main/hub/core/reply-check.ts). */
  checkReplies?: boolean;
}

export class Hub {
  readonly db: Db;
  readonly clock: Clock;
  state: CentreState;
  private readonly identityKey: string;
  private readonly sealer: PersonalDataSealer;
  private readonly checkReplies: boolean;
  private pending: Pending[] = [];
  private flushScheduled = false;
  private readonly committer: Committer;
  /** Every batch handed to the committer, in order; acknowledgements follow it. */
  private chain: Promise<void> = Promise.resolve();
  /** Bumped when memory is reloaded after a failure: batches decided before it are refused. */
  private epoch = 0;
  private paused = false;
  /** Set while memory cannot be rebuilt from disk: why requests are refused meanwhile. */
  private unavailable: string | null = null;
  /**
   * Why the last commit did not reach the disk (a full disk, an I/O error), until a later commit or
   * the storage monitor's probe write does: memory recovers at once, the disk may not, and /healthz
   * must say so while writes are refused.
   */
  commitFailure: string | null = null;
  private recoveryTimer: NodeJS.Timeout | undefined;
  onCommit: (batch: Committed[]) => void;
  private readonly listeners = new Set<(batch: Committed[]) => void>();
  /** Group-commit counters, for the metrics endpoint and benchmarks. */
  readonly stats = { batches: 0, requests: 0 };
  /** Batches handed to the committer and not yet settled: meanwhile the commit worker may hold SQLite's write lock. */
  private writesInFlight = 0;
  private readonly writesIdleWaiters = new Set<() => void>();

  /** Durable transactions so far: one fsync each, holding one or more batches. */
  get commitTransactions(): number {
    return this.committer.transactions;
  }

  /** Why writes are refused now (the store cannot be read back, or the last commit failed); null when they are not. */
  get storageProblem(): string | null {
    return this.unavailable ?? this.commitFailure;
  }

  constructor(opts: HubOptions) {
    this.db = opts.db;
    this.clock = opts.clock ?? systemClock;
    this.identityKey = opts.identityKey;
    this.sealer = opts.sealer;
    this.onCommit = opts.onCommit ?? (() => {});
    this.checkReplies = opts.checkReplies ?? checkRepliesByDefault();
    this.state = this.load();
    this.committer =
      opts.committer ?? (this.db.memory ? inlineCommitter(this.db) : workerCommitter(this.db.name));
  }

  private load(): CentreState {
    const catalogue = readCatalogue(this.db);
    if (!catalogue) throw new Error('the hub database has no centre configuration; seed it first');
    const today = businessDay(this.clock.now(), catalogue.centre.timeZone);
    const loaded = loadState(this.db, today, this.sealer);
    const staffProfiles = new Map(allStaff(this.db).map((s) => [s.id, s.workProfileId]));
    return createState({ catalogue, staffProfiles, ...loaded });
  }

  /** Rebuild memory from disk: after a failed commit, memory must not hold what the disk does not. */
  reload(): void {
    this.state = this.load();
  }

  get catalogue(): Catalogue {
    return this.state.config.catalogue;
  }

  updateCatalogue(catalogue: Catalogue): void {
    this.db.transaction(() => writeCatalogue(this.db, catalogue, this.clock.now()))();
    replaceCatalogue(this.state, catalogue);
  }

  /** Validate, authorise, then queue for the next group commit. Never throws. */
  execute(name: OperationName, rawInput: unknown, principal: Principal): Promise<Outcome<unknown>> {
    const spec = OPERATIONS[name];
    if (!spec) return Promise.resolve(refusal('not_found', `no operation ${String(name)}`));
    if (!principal.roles.some((r) => spec.roles.includes(r)))
      return Promise.resolve(
        refusal('forbidden', `${name} needs one of the roles: ${spec.roles.join(', ')}`),
      );
    if (this.unavailable) return Promise.resolve(refusal('storage_unavailable', this.unavailable));
    const parsed = spec.input.safeParse(rawInput);
    if (!parsed.success) return Promise.resolve(refusal('validation', describeIssues(parsed.error)));
    return new Promise((resolve) => {
      const answer = this.checkReplies ? (o: Outcome<unknown>) => resolve(checkedReply(name, o)) : resolve;
      this.pending.push({ name, input: parsed.data, principal, resolve: answer });
      this.scheduleFlush();
    });
  }

  /**
   * A credential stopped standing: the requests made with it that wait for the next batch are marked,
   * and refused when it is decided. Without this a kiosk's ticket, or a signed-out agent's call,
   * queued in the same turn of the event loop as the revocation or the sign-out, was still
   * committed after it. A socket's own credential is marked by the socket guard as it ends the socket;
   * this also reaches requests that came over HTTP, whose credential nothing else holds.
   */
  endCredentials({ hashes, reason }: EndedCredentials): void {
    const ending = new Set(hashes);
    for (const p of this.pending) {
      const credential = p.principal.credential;
      if (credential && ending.has(credential.hash)) credential.ended ??= reason;
    }
  }

  /**
   * Decides every pending request against memory, hands the batch to the committer, and
   * acknowledges once it is on disk. Batches commit (and are acknowledged) in order; while one is
   * being written the next is already being decided. A batch that does not reach the disk is
   * refused whole, memory is reloaded from disk, and so is every batch decided on top of it.
   */
  flush(): void {
    this.flushScheduled = false;
    if (this.paused || this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    this.stats.batches++;
    this.stats.requests += batch.length;
    const outcomes: Outcome<unknown>[] = [];
    const committed: Committed[] = [];
    const rows: ChangeRows[] = [];
    /** Replies read once the whole batch is decided (OperationHooks.toSettledReply), by outcome index. */
    const unsettled: { index: number; committed: Committed | undefined; settle: Settle }[] = [];
    let settledAt: number | undefined;
    let memoryDoubtful = false;
    for (const p of batch) {
      const ended = endedCredential(p.principal, this.clock.now());
      if (ended) {
        outcomes.push(refusal('unauthenticated', `nothing was done: ${SESSION_END_MESSAGES[ended]}`));
        continue;
      }
      try {
        const { change, result, settle, now } = this.runOne(p);
        outcomes.push({ ok: true, data: result });
        let done: Committed | undefined;
        if (change.events.length || change.counters.length) {
          done = { name: p.name, change, result };
          committed.push(done);
          rows.push(changeRows(change, now, this.sealer));
        }
        if (settle) unsettled.push({ index: outcomes.length - 1, committed: done, settle });
        settledAt = now;
      } catch (e) {
        if (!(e instanceof DomainError)) memoryDoubtful = true;
        outcomes.push(toRefusal(e));
      }
    }
    for (const u of unsettled) {
      try {
        const reply = u.settle({ state: this.state, now: settledAt ?? this.clock.now() });
        outcomes[u.index] = { ok: true, data: reply };
        if (u.committed) u.committed.result = reply;
      } catch (e) {
        // As a failing toReply: the change is in memory but its answer could not be built.
        if (!(e instanceof DomainError)) memoryDoubtful = true;
        outcomes[u.index] = toRefusal(e);
      }
    }
    // A bug (not a refusal) may have left memory half-changed: decide nothing more until it is reloaded.
    if (memoryDoubtful) this.paused = true;
    const epoch = this.epoch;
    const written = memoryDoubtful || rows.length === 0 ? null : this.committer.commit(rows);
    if (written) this.trackWrite(written);
    const previous = this.chain;
    this.chain = (async () => {
      await previous;
      let failure: string | null = null;
      if (written) {
        try {
          await written;
          this.commitFailure = null;
        } catch (e) {
          failure = e instanceof Error ? e.message : String(e);
          this.commitFailure = failure;
        }
      }
      if ((failure !== null || memoryDoubtful) && epoch === this.epoch) {
        this.epoch++;
        this.recover();
      }
      // Decided on a state that did not reach the disk (this batch, or one before it in its epoch).
      if (epoch !== this.epoch) {
        const why = failure ?? 'an earlier change could not be saved';
        batch.forEach((p, i) =>
          p.resolve(
            outcomes[i]!.ok ? refusal('storage_unavailable', `nothing was saved: ${why}`) : outcomes[i]!,
          ),
        );
        return;
      }
      batch.forEach((p, i) => p.resolve(outcomes[i]!));
      if (committed.length) {
        this.onCommit(committed);
        for (const l of this.listeners) l(committed);
      }
    })();
  }

  /**
   * After a failed batch: memory is rebuilt from disk, then requests flow again. If the disk
   * cannot even be read, the hub stays paused, refuses what waits (and what comes) with a clear
   * error rather than holding it, and tries again every second until the disk answers.
   */
  private recover(): void {
    try {
      this.reload();
    } catch (e) {
      this.unavailable = `the hub cannot read its store: ${e instanceof Error ? e.message : String(e)}`;
      for (const p of this.pending.splice(0)) p.resolve(refusal('storage_unavailable', this.unavailable));
      this.recoveryTimer ??= setTimeout(() => {
        this.recoveryTimer = undefined;
        this.recover();
      }, RECOVERY_RETRY_MS);
      this.recoveryTimer.unref();
      return;
    }
    this.unavailable = null;
    this.committer.resume();
    this.paused = false;
    if (this.pending.length) this.scheduleFlush();
  }

  private trackWrite(written: Promise<void>): void {
    this.writesInFlight++;
    const settled = () => {
      if (--this.writesInFlight > 0) return;
      for (const wake of this.writesIdleWaiters) wake();
      this.writesIdleWaiters.clear();
    };
    written.then(settled, settled);
  }

  /**
   * Resolves once no batch is being written (at once when none is), or after `maxWaitMs` anyway.
   * Only a flush starts a commit, and none runs between this resolving and the code awaiting it.
   */
  whenWritesIdle(maxWaitMs: number): Promise<void> {
    if (this.writesInFlight === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.writesIdleWaiters.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, maxWaitMs);
      this.writesIdleWaiters.add(wake);
    });
  }

  /**
   * Runs `write` (synchronous writes on the hub's own connection: the manager's report facts, alerts)
   * when it need not wait for SQLite's write lock. Written at once, it would wait for the commit
   * worker's lock inside SQLite's busy handler, which sleeps on the event loop: every kiosk and counter
   * waited with it, tens of milliseconds at a time at a busy peak. So it waits for the batches being
   * written, then tries without waiting for the lock (busy_timeout 0); refused (the lock was taken
   * meanwhile, or by another connection), it waits and tries again. After `maxWaitMs` it writes as
   * before, waiting for the lock, so that under a load that never lets go of it the writes still happen.
   * `write` must be safe to run again after SQLITE_BUSY (each transaction of it all or nothing).
   */
  async writeWhenFree<T>(write: () => T, maxWaitMs: number): Promise<T> {
    const deadline = performance.now() + maxWaitMs;
    for (;;) {
      const left = deadline - performance.now();
      if (left <= 0) return write();
      await this.whenWritesIdle(left);
      const busyTimeout = this.db.pragma('busy_timeout', { simple: true }) as number;
      this.db.pragma('busy_timeout = 0');
      try {
        return write();
      } catch (e) {
        if ((e as { code?: unknown } | null)?.code !== 'SQLITE_BUSY') throw e;
      } finally {
        this.db.pragma(`busy_timeout = ${busyTimeout}`);
      }
      // Held by a connection other than the commit worker's (a checkpoint): try again shortly.
      await new Promise((resolve) => setTimeout(resolve, Math.min(LOCK_RETRY_MS, Math.max(0, left))));
    }
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => this.flush());
  }

  /** Waits for every batch handed to the committer, then stops it. */
  async close(): Promise<void> {
    await this.chain;
    if (this.recoveryTimer) clearTimeout(this.recoveryTimer);
    await this.committer.close();
  }

  /** Hear about every committed batch (after the broadcaster); returns an unsubscribe function. */
  subscribe(listener: (batch: Committed[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private runOne(p: Pending): Decided {
    return this.runHooked(p.name, p.input, p.principal);
  }

  /** One request through its operation's hooks (operation-hooks.ts) and the engine. */
  private runHooked<N extends OperationName>(name: N, validated: unknown, principal: Principal): Decided {
    const now = this.clock.now();
    const ctx: Context = {
      now,
      actor: principal.actor,
      newId: () => uuidv7(),
      newToken: () => newToken(16),
    };
    const call: HookCall = {
      state: this.state,
      actor: principal.actor,
      issuingFor: principal.issuingFor,
      now,
      hashIdentity: (kind, normalised) => this.hashIdentity(kind, normalised),
    };
    const hooks = hooksOf(name);
    // `validated` passed the operation's input schema in execute().
    const input = hooks?.toEngine
      ? hooks.toEngine(validated as OperationInput<N>, call)
      : (validated as EngineInput<N>);
    const { change, result } = decide(this.state, ctx, name, input);
    applyChange(this.state, change);
    const toSettledReply = hooks?.toSettledReply;
    return {
      change,
      result: hooks?.toReply ? hooks.toReply(result, call) : result,
      ...(toSettledReply ? { settle: (settled: SettledBatch) => toSettledReply(result, settled) } : {}),
      now,
    };
  }

  /**
   * The keyed hash issueTicket's hook gives an already-normalised identity number, for records other than
   * visits (service requests, the remote channel) that central must join to the same customer.
   */
  hashIdentity(kind: 'eid' | 'mobile', normalised: string): string {
    return hashIdentifier(this.identityKey, kind, normalised);
  }

  visit(id: string): Visit | undefined {
    return this.state.visits.get(id);
  }

  /**
   * The visit a ticket's public token names, while it is in memory (finished visits of earlier
   * days are only in the store: `visitByToken`).
   */
  visitOfToken(token: string): Visit | undefined {
    const id = this.state.tokens.get(token);
    return id ? this.visit(id) : undefined;
  }

  /** Housekeeping at a day boundary: finished visits of earlier days leave memory (not the store). */
  forgetOldVisits(): void {
    forgetFinishedBefore(this.state, businessDay(this.clock.now(), this.catalogue.centre.timeZone));
  }
}

/** Why a request's credential no longer stands when its batch is decided (ended, or expired since it arrived). */
function endedCredential(principal: Principal, now: number): SessionEndReason | undefined {
  const credential = principal.credential;
  if (!credential) return undefined;
  if (credential.ended) return credential.ended;
  if (credential.expiresAt !== null && credential.expiresAt <= now)
    return principal.actor.kind === 'device' ? 'device_expired' : 'expired';
  return undefined;
}

export function refusal(code: string, message: string): Outcome<never> {
  return { ok: false, error: { code, message } };
}

function toRefusal(e: unknown): Outcome<never> {
  if (e instanceof DomainError) return refusal(e.code, e.message);
  return refusal('internal', 'the hub could not complete this request; nothing was changed');
}
