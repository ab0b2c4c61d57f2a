import { DataSource, EntityManager } from 'typeorm';
import { AuditFailure, AuditOutcome } from './audit-entry.entity';
import { AuditRowContent, GENESIS_HASH, auditRowHash } from './audit-hash';

/** A fixed key for pg_advisory_xact_lock: one appender at a time, so the chain never forks. */
const AUDIT_CHAIN_LOCK = 4_917_260_113;

/** A row to append: everything but its id, time and hashes. */
export interface AuditDraft {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: object | null;
  after: object | null;
  requestId: string;
  outcome: AuditOutcome;
  failure: AuditFailure | null;
}

/** Plain JSON of an entity: dates as ISO strings, no class instances, exactly what jsonb gives back. */
function toJson(value: object | null): Record<string, unknown> | null {
  return value === null ? null : (JSON.parse(JSON.stringify(value)) as Record<string, unknown>);
}

const jsonParam = (value: unknown): string | null => (value === null ? null : JSON.stringify(value));

/**
 * Appends one row at the end of the chain, inside the caller's transaction.
 * The advisory lock is taken last and released at commit, so it is held only
 * for the few statements between the append and the commit. Must run in a
 * READ COMMITTED transaction: the last hash is read after the lock is granted.
 */
export async function appendAuditEntry(tx: EntityManager, draft: AuditDraft): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
  const [head]: { id: string; prev_hash: string | null }[] = await tx.query(
    `SELECT nextval(pg_get_serial_sequence('audit_log', 'id'))::text AS id,
            (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1) AS prev_hash`,
  );
  const prevHash = head!.prev_hash ?? GENESIS_HASH;
  const content: AuditRowContent = {
    ...draft,
    id: head!.id,
    occurredAt: new Date(),
    before: toJson(draft.before),
    after: toJson(draft.after),
    failure: toJson(draft.failure),
  };
  await tx.query(
    `INSERT INTO audit_log (id, occurred_at, actor_id, action, entity_type, entity_id, before, after, request_id, outcome, failure, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9, $10, $11::jsonb, $12, $13)`,
    [
      content.id,
      content.occurredAt,
      content.actorId,
      content.action,
      content.entityType,
      content.entityId,
      jsonParam(content.before),
      jsonParam(content.after),
      content.requestId,
      content.outcome,
      jsonParam(content.failure),
      prevHash,
      auditRowHash(content, prevHash),
    ],
  );
}

export interface ChainVerification {
  /** Rows found intact, in id order, before the first broken one. */
  verified: number;
  /** Id of the first row whose hash or link does not match, or null when the whole chain holds. */
  brokenAt: string | null;
  problem: string | null;
  /** Hash of the last intact row: record it elsewhere to detect a rewritten tail later. */
  headHash: string;
}

interface StoredRow {
  id: string;
  occurred_at: Date;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before: unknown;
  after: unknown;
  request_id: string;
  outcome: string;
  failure: unknown;
  prev_hash: string;
  hash: string;
}

/** Walks the whole chain in id order, a batch at a time, and stops at the first row that does not match. */
export async function verifyAuditChain(dataSource: DataSource, batchSize = 1000): Promise<ChainVerification> {
  let verified = 0;
  let expectedPrev = GENESIS_HASH;
  let lastId = '0';
  for (;;) {
    const rows: StoredRow[] = await dataSource.query(
      `SELECT id::text AS id, occurred_at, actor_id, action, entity_type, entity_id, before, after, request_id, outcome, failure, prev_hash, hash
         FROM audit_log a WHERE a.id > $1 ORDER BY a.id LIMIT $2`,
      [lastId, batchSize],
    );
    for (const row of rows) {
      const problem = rowProblem(row, expectedPrev);
      if (problem) return { verified, brokenAt: row.id, problem, headHash: expectedPrev };
      verified += 1;
      expectedPrev = row.hash;
      lastId = row.id;
    }
    if (rows.length < batchSize) return { verified, brokenAt: null, problem: null, headHash: expectedPrev };
  }
}

function rowProblem(row: StoredRow, expectedPrev: string): string | null {
  if (row.prev_hash !== expectedPrev) return 'its prevHash is not the hash of the row before it';
  const content: AuditRowContent = {
    id: row.id,
    occurredAt: row.occurred_at,
    actorId: row.actor_id,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    before: row.before,
    after: row.after,
    requestId: row.request_id,
    outcome: row.outcome,
    failure: row.failure,
  };
  return auditRowHash(content, row.prev_hash) === row.hash ? null : 'its content does not match its hash';
}
