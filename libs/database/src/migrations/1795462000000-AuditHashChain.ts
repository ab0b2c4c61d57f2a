import { MigrationInterface, QueryRunner } from 'typeorm';
// Relative, not '@samverkan/audit': migrations load without the GraphQL entity classes.
import { GENESIS_HASH, auditRowHash } from '../../../audit/src/audit-hash';

const BATCH = 1000;

/**
 * Chains the audit log: every row gets the hash of the row before it and the
 * SHA-256 of its own content, and an outcome so refused and failed mutations
 * can be recorded too. Rows written before this migration are chained in id order.
 */
export class AuditHashChain1795462000000 implements MigrationInterface {
  name = 'AuditHashChain1795462000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_log" ADD "outcome" text NOT NULL DEFAULT 'SUCCEEDED'`);
    await queryRunner.query(`ALTER TABLE "audit_log" ALTER COLUMN "outcome" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "audit_log" ADD "failure" jsonb`);
    await queryRunner.query(`ALTER TABLE "audit_log" ADD "prev_hash" text`);
    await queryRunner.query(`ALTER TABLE "audit_log" ADD "hash" text`);
    await this.chainExistingRows(queryRunner);
    await queryRunner.query(`ALTER TABLE "audit_log" ALTER COLUMN "prev_hash" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "audit_log" ALTER COLUMN "hash" SET NOT NULL`);
    // A second row claiming the same predecessor would be a fork: the database refuses it.
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_5eb78e900ec8beb89f6e8e9bb9" ON "audit_log" ("prev_hash")`);
    await queryRunner.query(`CREATE INDEX "IDX_9ab67a467c6969ee1cf92f2c34" ON "audit_log" ("occurred_at")`);
    await queryRunner.query(`CREATE INDEX "IDX_15a6f5aad57db494c17986ed2e" ON "audit_log" ("actor_id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_15a6f5aad57db494c17986ed2e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9ab67a467c6969ee1cf92f2c34"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5eb78e900ec8beb89f6e8e9bb9"`);
    await queryRunner.query(`ALTER TABLE "audit_log" DROP COLUMN "hash"`);
    await queryRunner.query(`ALTER TABLE "audit_log" DROP COLUMN "prev_hash"`);
    await queryRunner.query(`ALTER TABLE "audit_log" DROP COLUMN "failure"`);
    await queryRunner.query(`ALTER TABLE "audit_log" DROP COLUMN "outcome"`);
  }

  /** The one sanctioned change of existing audit rows: adding their hashes, with the append-only trigger off meanwhile. */
  private async chainExistingRows(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_log" DISABLE TRIGGER audit_log_append_only`);
    let prevHash = GENESIS_HASH;
    let lastId = '0';
    for (;;) {
      const rows: Record<string, unknown>[] = await queryRunner.query(
        `SELECT id::text AS id, occurred_at, actor_id, action, entity_type, entity_id, before, after, request_id, outcome
           FROM audit_log a WHERE a.id > $1 ORDER BY a.id LIMIT $2`,
        [lastId, BATCH],
      );
      for (const row of rows) {
        const hash = auditRowHash(
          {
            id: row.id as string,
            occurredAt: row.occurred_at as Date,
            actorId: row.actor_id as string | null,
            action: row.action as string,
            entityType: row.entity_type as string,
            entityId: row.entity_id as string,
            before: row.before,
            after: row.after,
            requestId: row.request_id as string,
            outcome: row.outcome as string,
            failure: null,
          },
          prevHash,
        );
        await queryRunner.query(`UPDATE audit_log SET prev_hash = $1, hash = $2 WHERE id = $3`, [prevHash, hash, row.id]);
        prevHash = hash;
        lastId = row.id as string;
      }
      if (rows.length < BATCH) break;
    }
    await queryRunner.query(`ALTER TABLE "audit_log" ENABLE TRIGGER audit_log_append_only`);
  }
}
