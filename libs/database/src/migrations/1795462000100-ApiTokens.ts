import { MigrationInterface, QueryRunner } from 'typeorm';

/** API tokens for integrations: only the SHA-256 of each secret is stored. */
export class ApiTokens1795462000100 implements MigrationInterface {
  name = 'ApiTokens1795462000100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "api_tokens" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" text NOT NULL,
        "scopes" text array NOT NULL,
        "secret_hash" text NOT NULL,
        "created_by_id" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "expires_at" TIMESTAMP WITH TIME ZONE,
        "revoked_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_c587455266b5fa8dace7194caac" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_7e7249acb8127967fc6b8907d6" ON "api_tokens" ("secret_hash")`);
    await queryRunner.query(`
      ALTER TABLE "api_tokens"
      ADD CONSTRAINT "FK_a17eb380a7c7622315c02725aff" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_tokens" DROP CONSTRAINT "FK_a17eb380a7c7622315c02725aff"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7e7249acb8127967fc6b8907d6"`);
    await queryRunner.query(`DROP TABLE "api_tokens"`);
  }
}
