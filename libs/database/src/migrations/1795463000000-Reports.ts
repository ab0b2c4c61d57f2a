import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Annual reports: reports, their versions (frozen once submitted, enforced by
 * a trigger), the delivery records of their copies, agencies' webhook
 * endpoints and each plan's due date; and dead outbox messages.
 */
export class Reports1795463000000 implements MigrationInterface {
  name = 'Reports1795463000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "reports" (
          "id" uuid NOT NULL DEFAULT gen_random_uuid(),
          "plan_id" uuid NOT NULL,
          "year" integer NOT NULL,
          "kind" text NOT NULL,
          "group_id" uuid,
          "agency_id" uuid,
          "status" text NOT NULL,
          "latest_version" integer NOT NULL,
          "first_submitted_at" TIMESTAMP WITH TIME ZONE,
          "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
          "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
          CONSTRAINT "CHK_reports_author" CHECK (
              (
                  kind = 'WORKING_GROUP'
                  AND group_id IS NOT NULL
                  AND agency_id IS NULL
              )
              OR (
                  kind = 'AGENCY_FOLLOW_UP'
                  AND agency_id IS NOT NULL
                  AND group_id IS NULL
              )
          ),
          CONSTRAINT "PK_d9013193989303580053c0b5ef6" PRIMARY KEY ("id")
      )
      `);
    await queryRunner.query(`
      CREATE UNIQUE INDEX "UQ_reports_agency_year" ON "reports" ("plan_id", "year", "agency_id")
      WHERE agency_id IS NOT NULL
      `);
    await queryRunner.query(`
      CREATE UNIQUE INDEX "UQ_reports_group_year" ON "reports" ("plan_id", "year", "group_id")
      WHERE group_id IS NOT NULL
      `);
    await queryRunner.query(`
      CREATE TABLE "report_versions" (
          "id" uuid NOT NULL DEFAULT gen_random_uuid(),
          "report_id" uuid NOT NULL,
          "number" integer NOT NULL,
          "status" text NOT NULL,
          "sections" jsonb NOT NULL,
          "registration_number" text,
          "created_by_id" uuid NOT NULL,
          "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
          "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
          "submitted_at" TIMESTAMP WITH TIME ZONE,
          "submitted_by_id" uuid,
          "snapshot" jsonb,
          "document" text,
          "sha256" character(64),
          "pdf" bytea,
          "reviewed_at" TIMESTAMP WITH TIME ZONE,
          "reviewed_by_id" uuid,
          "review_comment" text,
          CONSTRAINT "CHK_report_versions_sealed" CHECK (
              submitted_at IS NULL
              OR (
                  submitted_by_id IS NOT NULL
                  AND snapshot IS NOT NULL
                  AND document IS NOT NULL
                  AND sha256 IS NOT NULL
                  AND pdf IS NOT NULL
              )
          ),
          CONSTRAINT "PK_6d3b864a941bf10036efe50ae81" PRIMARY KEY ("id")
      )
      `);
    await queryRunner.query(`
      CREATE UNIQUE INDEX "IDX_a79373b1d89c946ab149494b68" ON "report_versions" ("report_id", "number")
      `);
    await queryRunner.query(`
      CREATE TABLE "report_deliveries" (
          "id" uuid NOT NULL,
          "version_id" uuid NOT NULL,
          "agency_id" uuid NOT NULL,
          "channel" text NOT NULL,
          "outbox_message_id" uuid NOT NULL,
          "delivery_key" text NOT NULL,
          "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
          "sent_at" TIMESTAMP WITH TIME ZONE,
          "recipient" text,
          "server_reply" text,
          CONSTRAINT "PK_a1ae81137e17c6c6379c70982d2" PRIMARY KEY ("id")
      )
      `);
    await queryRunner.query(`
      CREATE UNIQUE INDEX "IDX_61bc3586f317715affe0e0b3d3" ON "report_deliveries" ("outbox_message_id")
      `);
    await queryRunner.query(`
      CREATE UNIQUE INDEX "IDX_8b2c7482526a46a5f2a57f7ba2" ON "report_deliveries" ("version_id", "agency_id", "channel")
      `);
    await queryRunner.query(`
      CREATE TABLE "report_copy_endpoints" (
          "agency_id" uuid NOT NULL,
          "url" text NOT NULL,
          "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
          CONSTRAINT "PK_9319512a1e1156142623c25d3c1" PRIMARY KEY ("agency_id")
      )
      `);
    await queryRunner.query(`
      CREATE TABLE "report_schedules" (
          "plan_id" uuid NOT NULL,
          "due_month_day" text NOT NULL,
          "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
          CONSTRAINT "PK_fc07f5fa6ea4c7ad3ff95cbd02f" PRIMARY KEY ("plan_id")
      )
      `);
    await queryRunner.query(`
      ALTER TABLE "outbox_messages"
      ADD "dead_at" TIMESTAMP WITH TIME ZONE
      `);
    await queryRunner.query(`
      ALTER TABLE "reports"
      ADD CONSTRAINT "FK_a8465d714bb639b8d33baddef8f" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
      `);
    await queryRunner.query(`
      ALTER TABLE "reports"
      ADD CONSTRAINT "FK_99072d8ef08716c743c01090f0f" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
      `);
    await queryRunner.query(`
      ALTER TABLE "reports"
      ADD CONSTRAINT "FK_9b43c67d5c9dd2bdcd098724bfc" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
      `);
    await queryRunner.query(`
      ALTER TABLE "report_versions"
      ADD CONSTRAINT "FK_93e13c1185de5e1c4facf02b6d3" FOREIGN KEY ("report_id") REFERENCES "reports"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
      `);
    await queryRunner.query(`
      ALTER TABLE "report_versions"
      ADD CONSTRAINT "FK_ce22b331ec6bba487502b9f7355" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
      `);
    await queryRunner.query(`
      ALTER TABLE "report_versions"
      ADD CONSTRAINT "FK_bf8aad7ba7fea1e5180c101bc62" FOREIGN KEY ("submitted_by_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
      `);
    await queryRunner.query(`
      ALTER TABLE "report_versions"
      ADD CONSTRAINT "FK_93da23fbcf9eb1fa3ff56ac1e58" FOREIGN KEY ("reviewed_by_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
      `);
    await queryRunner.query(`
      ALTER TABLE "report_deliveries"
      ADD CONSTRAINT "FK_5fe1c7214983db5d6e603fc980f" FOREIGN KEY ("version_id") REFERENCES "report_versions"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
      `);
    await queryRunner.query(`
      ALTER TABLE "report_deliveries"
      ADD CONSTRAINT "FK_7ae18e7f126576f549259be291d" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
      `);
    await queryRunner.query(`
      ALTER TABLE "report_copy_endpoints"
      ADD CONSTRAINT "FK_9319512a1e1156142623c25d3c1" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
      `);
    await queryRunner.query(`
      ALTER TABLE "report_schedules"
      ADD CONSTRAINT "FK_fc07f5fa6ea4c7ad3ff95cbd02f" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
      `);
    // A submitted version is frozen: only the steering group's review may be added to it.
    await queryRunner.query(`
      CREATE FUNCTION report_versions_keep_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.submitted_at IS NULL THEN
          RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        END IF;
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'report version % is submitted and frozen: it cannot be deleted', OLD.number USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF (NEW.report_id, NEW.number, NEW.sections, NEW.registration_number, NEW.created_by_id, NEW.submitted_at,
            NEW.submitted_by_id, NEW.snapshot, NEW.document, NEW.sha256, NEW.pdf)
           IS DISTINCT FROM
           (OLD.report_id, OLD.number, OLD.sections, OLD.registration_number, OLD.created_by_id, OLD.submitted_at,
            OLD.submitted_by_id, OLD.snapshot, OLD.document, OLD.sha256, OLD.pdf)
        THEN
          RAISE EXCEPTION 'report version % is submitted and frozen: its content cannot change; edit the report to start a new version', OLD.number
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF NEW.status IS DISTINCT FROM OLD.status
           AND NOT (OLD.status = 'SUBMITTED' AND NEW.status IN ('ACKNOWLEDGED', 'RETURNED'))
           AND NOT (OLD.status = 'RETURNED' AND NEW.status = 'ACKNOWLEDGED') THEN
          RAISE EXCEPTION 'report version % cannot go from % to %', OLD.number, OLD.status, NEW.status
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NEW;
      END;
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER report_versions_frozen
      BEFORE UPDATE OR DELETE ON report_versions
      FOR EACH ROW EXECUTE FUNCTION report_versions_keep_frozen()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER report_versions_frozen ON report_versions`);
    await queryRunner.query(`DROP FUNCTION report_versions_keep_frozen()`);
    await queryRunner.query(`ALTER TABLE "report_schedules" DROP CONSTRAINT "FK_fc07f5fa6ea4c7ad3ff95cbd02f"`);
    await queryRunner.query(`ALTER TABLE "report_copy_endpoints" DROP CONSTRAINT "FK_9319512a1e1156142623c25d3c1"`);
    await queryRunner.query(`ALTER TABLE "report_deliveries" DROP CONSTRAINT "FK_7ae18e7f126576f549259be291d"`);
    await queryRunner.query(`ALTER TABLE "report_deliveries" DROP CONSTRAINT "FK_5fe1c7214983db5d6e603fc980f"`);
    await queryRunner.query(`ALTER TABLE "report_versions" DROP CONSTRAINT "FK_93da23fbcf9eb1fa3ff56ac1e58"`);
    await queryRunner.query(`ALTER TABLE "report_versions" DROP CONSTRAINT "FK_bf8aad7ba7fea1e5180c101bc62"`);
    await queryRunner.query(`ALTER TABLE "report_versions" DROP CONSTRAINT "FK_ce22b331ec6bba487502b9f7355"`);
    await queryRunner.query(`ALTER TABLE "report_versions" DROP CONSTRAINT "FK_93e13c1185de5e1c4facf02b6d3"`);
    await queryRunner.query(`ALTER TABLE "reports" DROP CONSTRAINT "FK_9b43c67d5c9dd2bdcd098724bfc"`);
    await queryRunner.query(`ALTER TABLE "reports" DROP CONSTRAINT "FK_99072d8ef08716c743c01090f0f"`);
    await queryRunner.query(`ALTER TABLE "reports" DROP CONSTRAINT "FK_a8465d714bb639b8d33baddef8f"`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" DROP COLUMN "dead_at"`);
    await queryRunner.query(`DROP TABLE "report_schedules"`);
    await queryRunner.query(`DROP TABLE "report_copy_endpoints"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8b2c7482526a46a5f2a57f7ba2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_61bc3586f317715affe0e0b3d3"`);
    await queryRunner.query(`DROP TABLE "report_deliveries"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a79373b1d89c946ab149494b68"`);
    await queryRunner.query(`DROP TABLE "report_versions"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_reports_group_year"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_reports_agency_year"`);
    await queryRunner.query(`DROP TABLE "reports"`);
  }
}
