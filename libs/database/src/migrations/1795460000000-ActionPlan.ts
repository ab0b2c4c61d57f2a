import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The shared action plan: action items (with participating agencies and
 * perspectives), check-ins, comments and meetings; the plan's stale threshold
 * and content version; a snapshot with each plan revision.
 */
export class ActionPlan1795460000000 implements MigrationInterface {
  name = 'ActionPlan1795460000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "action_items" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "plan_id" uuid NOT NULL,
        "parent_id" uuid,
        "depth" integer NOT NULL,
        "group_id" uuid NOT NULL,
        "development_area_id" uuid NOT NULL,
        "lead_agency_id" uuid NOT NULL,
        "owner_id" uuid NOT NULL,
        "title" text NOT NULL,
        "description" text NOT NULL DEFAULT '',
        "start_date" date,
        "due_date" date,
        "status" text NOT NULL,
        "health" text NOT NULL,
        "health_since" TIMESTAMP WITH TIME ZONE NOT NULL,
        "progress" integer NOT NULL DEFAULT '0',
        "weight" integer,
        "links" jsonb NOT NULL DEFAULT '[]',
        "last_check_in_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_5a84b168b001636b379312104ab" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`
      CREATE INDEX "IDX_a72717a23178aea0796618d94a" ON "action_items" ("parent_id")`);
    await queryRunner.query(`
      CREATE INDEX "IDX_c7e1a9afe8fbcef86d722a3904" ON "action_items" ("group_id")`);
    await queryRunner.query(`
      CREATE INDEX "IDX_1148b342a4374620478c017b71" ON "action_items" ("development_area_id")`);
    await queryRunner.query(`
      CREATE INDEX "IDX_9b65e30688d94cc337c2f3cb3c" ON "action_items" ("lead_agency_id")`);
    await queryRunner.query(`
      CREATE INDEX "IDX_97c316405d3c3e45532a484c21" ON "action_items" ("owner_id")`);
    await queryRunner.query(`
      CREATE INDEX "IDX_7f90b433b3fd6110bd212798c5" ON "action_items" ("plan_id", "due_date")`);
    await queryRunner.query(`
      CREATE TABLE "action_item_agencies" (
        "item_id" uuid NOT NULL,
        "agency_id" uuid NOT NULL,
        CONSTRAINT "PK_9a503848810d8d1cd2dab7fcf14" PRIMARY KEY ("item_id", "agency_id")
      )`);
    await queryRunner.query(`
      CREATE INDEX "IDX_f77fd991be4dbc2bda841220c2" ON "action_item_agencies" ("agency_id")`);
    await queryRunner.query(`
      CREATE TABLE "action_item_perspectives" (
        "item_id" uuid NOT NULL,
        "perspective_id" uuid NOT NULL,
        CONSTRAINT "PK_96788e1c056e71e5da12e7d0652" PRIMARY KEY ("item_id", "perspective_id")
      )`);
    await queryRunner.query(`
      CREATE INDEX "IDX_b57318cfd061329fede623e8f9" ON "action_item_perspectives" ("perspective_id")`);
    await queryRunner.query(`
      CREATE TABLE "check_ins" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "item_id" uuid NOT NULL,
        "author_id" uuid NOT NULL,
        "posted_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "narrative" text NOT NULL,
        "status" text,
        "health" text,
        "progress" integer,
        "evidence_links" jsonb NOT NULL DEFAULT '[]',
        CONSTRAINT "PK_fac7f27bc829a454ad477c13f62" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`
      CREATE INDEX "IDX_e111565df9d3b467efc1e59c39" ON "check_ins" ("item_id", "posted_at")`);
    await queryRunner.query(`
      CREATE TABLE "item_comments" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "item_id" uuid NOT NULL,
        "author_id" uuid NOT NULL,
        "text" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_d7f6d11b71902adedd5f23f13d4" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`
      CREATE INDEX "IDX_675d515fa5c64d8fd2dcb50d83" ON "item_comments" ("item_id", "created_at")`);
    await queryRunner.query(`
      CREATE TABLE "meetings" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "plan_id" uuid NOT NULL,
        "group_id" uuid NOT NULL,
        "held_on" date NOT NULL,
        "title" text NOT NULL,
        "notes" text NOT NULL DEFAULT '',
        "recorded_by_id" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_aa73be861afa77eb4ed31f3ed57" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`
      CREATE INDEX "IDX_563cffc2ab6ca754cddbc4289b" ON "meetings" ("group_id", "held_on")`);
    await queryRunner.query(`
      CREATE INDEX "IDX_1b46a894226b827399b9db4bf4" ON "meetings" ("plan_id", "held_on")`);
    await queryRunner.query(`
      CREATE TABLE "meeting_attendees" (
        "meeting_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        CONSTRAINT "PK_fc6865479832a3f91764918a012" PRIMARY KEY ("meeting_id", "user_id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "meeting_items" (
        "meeting_id" uuid NOT NULL,
        "item_id" uuid NOT NULL,
        CONSTRAINT "PK_4e1339330c9a841ca7f33f30f46" PRIMARY KEY ("meeting_id", "item_id")
      )`);
    await queryRunner.query(`
      CREATE INDEX "IDX_9a80f4a3e92f665b76231a2326" ON "meeting_items" ("item_id")`);
    await queryRunner.query(`
      CREATE TABLE "meeting_decisions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "meeting_id" uuid NOT NULL,
        "position" integer NOT NULL,
        "text" text NOT NULL,
        "follow_up_item_id" uuid,
        CONSTRAINT "PK_c0b1f30eb05f77cd5b817f7c7d5" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`
      CREATE INDEX "IDX_60112a10248dce9f4009951ab5" ON "meeting_decisions" ("follow_up_item_id")`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX "IDX_5e8f8bdefa50d99eb238d7ba17" ON "meeting_decisions" ("meeting_id", "position")`);
    await queryRunner.query(`
      ALTER TABLE "plans"
      ADD "stale_after_days" integer NOT NULL DEFAULT '30'`);
    await queryRunner.query(`
      ALTER TABLE "plans"
      ADD "content_version" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`
      ALTER TABLE "plan_revisions"
      ADD "snapshot" jsonb`);
    await queryRunner.query(`
      ALTER TABLE "action_items"
      ADD CONSTRAINT "FK_d96e23223ee907ddd5750025ba9" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`
      ALTER TABLE "action_items"
      ADD CONSTRAINT "FK_a72717a23178aea0796618d94a6" FOREIGN KEY ("parent_id") REFERENCES "action_items"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`
      ALTER TABLE "action_items"
      ADD CONSTRAINT "FK_c7e1a9afe8fbcef86d722a3904a" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`
      ALTER TABLE "action_items"
      ADD CONSTRAINT "FK_1148b342a4374620478c017b717" FOREIGN KEY ("development_area_id") REFERENCES "development_areas"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`
      ALTER TABLE "action_items"
      ADD CONSTRAINT "FK_9b65e30688d94cc337c2f3cb3c9" FOREIGN KEY ("lead_agency_id") REFERENCES "agencies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`
      ALTER TABLE "action_items"
      ADD CONSTRAINT "FK_97c316405d3c3e45532a484c216" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`
      ALTER TABLE "action_item_agencies"
      ADD CONSTRAINT "FK_063b71662f63e7b803d0c0c59b1" FOREIGN KEY ("item_id") REFERENCES "action_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`
      ALTER TABLE "action_item_agencies"
      ADD CONSTRAINT "FK_f77fd991be4dbc2bda841220c2e" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`
      ALTER TABLE "action_item_perspectives"
      ADD CONSTRAINT "FK_6d299460c8c9462b213e0bbaf7a" FOREIGN KEY ("item_id") REFERENCES "action_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`
      ALTER TABLE "action_item_perspectives"
      ADD CONSTRAINT "FK_b57318cfd061329fede623e8f93" FOREIGN KEY ("perspective_id") REFERENCES "perspectives"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`
      ALTER TABLE "check_ins"
      ADD CONSTRAINT "FK_a104837d84bd568c8887c397116" FOREIGN KEY ("item_id") REFERENCES "action_items"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`
      ALTER TABLE "check_ins"
      ADD CONSTRAINT "FK_33cf6add30134feb908774e8086" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`
      ALTER TABLE "item_comments"
      ADD CONSTRAINT "FK_ee4b2b31be4ae3454456823677e" FOREIGN KEY ("item_id") REFERENCES "action_items"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`
      ALTER TABLE "item_comments"
      ADD CONSTRAINT "FK_32df08b4b9ff4e29cb1a3471046" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`
      ALTER TABLE "meetings"
      ADD CONSTRAINT "FK_302cbd58ac523b4db4e0c4113cd" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`
      ALTER TABLE "meetings"
      ADD CONSTRAINT "FK_b8d9171573c66a49ad9f6486052" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`
      ALTER TABLE "meetings"
      ADD CONSTRAINT "FK_c554f890902f5ddd246041305a8" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`
      ALTER TABLE "meeting_attendees"
      ADD CONSTRAINT "FK_8643679c49d7234b266433bc201" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`
      ALTER TABLE "meeting_attendees"
      ADD CONSTRAINT "FK_edda203440a111ad016876f8737" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`
      ALTER TABLE "meeting_items"
      ADD CONSTRAINT "FK_20573fd1b61b71645cb15461e9e" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`
      ALTER TABLE "meeting_items"
      ADD CONSTRAINT "FK_9a80f4a3e92f665b76231a2326e" FOREIGN KEY ("item_id") REFERENCES "action_items"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`
      ALTER TABLE "meeting_decisions"
      ADD CONSTRAINT "FK_fef9ecaae955c88fb316a11a5fa" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`
      ALTER TABLE "meeting_decisions"
      ADD CONSTRAINT "FK_60112a10248dce9f4009951ab56" FOREIGN KEY ("follow_up_item_id") REFERENCES "action_items"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "meeting_decisions" DROP CONSTRAINT "FK_60112a10248dce9f4009951ab56"`);
    await queryRunner.query(`
      ALTER TABLE "meeting_decisions" DROP CONSTRAINT "FK_fef9ecaae955c88fb316a11a5fa"`);
    await queryRunner.query(`
      ALTER TABLE "meeting_items" DROP CONSTRAINT "FK_9a80f4a3e92f665b76231a2326e"`);
    await queryRunner.query(`
      ALTER TABLE "meeting_items" DROP CONSTRAINT "FK_20573fd1b61b71645cb15461e9e"`);
    await queryRunner.query(`
      ALTER TABLE "meeting_attendees" DROP CONSTRAINT "FK_edda203440a111ad016876f8737"`);
    await queryRunner.query(`
      ALTER TABLE "meeting_attendees" DROP CONSTRAINT "FK_8643679c49d7234b266433bc201"`);
    await queryRunner.query(`
      ALTER TABLE "meetings" DROP CONSTRAINT "FK_c554f890902f5ddd246041305a8"`);
    await queryRunner.query(`
      ALTER TABLE "meetings" DROP CONSTRAINT "FK_b8d9171573c66a49ad9f6486052"`);
    await queryRunner.query(`
      ALTER TABLE "meetings" DROP CONSTRAINT "FK_302cbd58ac523b4db4e0c4113cd"`);
    await queryRunner.query(`
      ALTER TABLE "item_comments" DROP CONSTRAINT "FK_32df08b4b9ff4e29cb1a3471046"`);
    await queryRunner.query(`
      ALTER TABLE "item_comments" DROP CONSTRAINT "FK_ee4b2b31be4ae3454456823677e"`);
    await queryRunner.query(`
      ALTER TABLE "check_ins" DROP CONSTRAINT "FK_33cf6add30134feb908774e8086"`);
    await queryRunner.query(`
      ALTER TABLE "check_ins" DROP CONSTRAINT "FK_a104837d84bd568c8887c397116"`);
    await queryRunner.query(`
      ALTER TABLE "action_item_perspectives" DROP CONSTRAINT "FK_b57318cfd061329fede623e8f93"`);
    await queryRunner.query(`
      ALTER TABLE "action_item_perspectives" DROP CONSTRAINT "FK_6d299460c8c9462b213e0bbaf7a"`);
    await queryRunner.query(`
      ALTER TABLE "action_item_agencies" DROP CONSTRAINT "FK_f77fd991be4dbc2bda841220c2e"`);
    await queryRunner.query(`
      ALTER TABLE "action_item_agencies" DROP CONSTRAINT "FK_063b71662f63e7b803d0c0c59b1"`);
    await queryRunner.query(`
      ALTER TABLE "action_items" DROP CONSTRAINT "FK_97c316405d3c3e45532a484c216"`);
    await queryRunner.query(`
      ALTER TABLE "action_items" DROP CONSTRAINT "FK_9b65e30688d94cc337c2f3cb3c9"`);
    await queryRunner.query(`
      ALTER TABLE "action_items" DROP CONSTRAINT "FK_1148b342a4374620478c017b717"`);
    await queryRunner.query(`
      ALTER TABLE "action_items" DROP CONSTRAINT "FK_c7e1a9afe8fbcef86d722a3904a"`);
    await queryRunner.query(`
      ALTER TABLE "action_items" DROP CONSTRAINT "FK_a72717a23178aea0796618d94a6"`);
    await queryRunner.query(`
      ALTER TABLE "action_items" DROP CONSTRAINT "FK_d96e23223ee907ddd5750025ba9"`);
    await queryRunner.query(`
      ALTER TABLE "plan_revisions" DROP COLUMN "snapshot"`);
    await queryRunner.query(`
      ALTER TABLE "plans" DROP COLUMN "content_version"`);
    await queryRunner.query(`
      ALTER TABLE "plans" DROP COLUMN "stale_after_days"`);
    await queryRunner.query(`
      DROP INDEX "public"."IDX_5e8f8bdefa50d99eb238d7ba17"`);
    await queryRunner.query(`
      DROP INDEX "public"."IDX_60112a10248dce9f4009951ab5"`);
    await queryRunner.query(`
      DROP TABLE "meeting_decisions"`);
    await queryRunner.query(`
      DROP INDEX "public"."IDX_9a80f4a3e92f665b76231a2326"`);
    await queryRunner.query(`
      DROP TABLE "meeting_items"`);
    await queryRunner.query(`
      DROP TABLE "meeting_attendees"`);
    await queryRunner.query(`
      DROP INDEX "public"."IDX_1b46a894226b827399b9db4bf4"`);
    await queryRunner.query(`
      DROP INDEX "public"."IDX_563cffc2ab6ca754cddbc4289b"`);
    await queryRunner.query(`
      DROP TABLE "meetings"`);
    await queryRunner.query(`
      DROP INDEX "public"."IDX_675d515fa5c64d8fd2dcb50d83"`);
    await queryRunner.query(`
      DROP TABLE "item_comments"`);
    await queryRunner.query(`
      DROP INDEX "public"."IDX_e111565df9d3b467efc1e59c39"`);
    await queryRunner.query(`
      DROP TABLE "check_ins"`);
    await queryRunner.query(`
      DROP INDEX "public"."IDX_b57318cfd061329fede623e8f9"`);
    await queryRunner.query(`
      DROP TABLE "action_item_perspectives"`);
    await queryRunner.query(`
      DROP INDEX "public"."IDX_f77fd991be4dbc2bda841220c2"`);
    await queryRunner.query(`
      DROP TABLE "action_item_agencies"`);
    await queryRunner.query(`
      DROP INDEX "public"."IDX_7f90b433b3fd6110bd212798c5"`);
    await queryRunner.query(`
      DROP INDEX "public"."IDX_97c316405d3c3e45532a484c21"`);
    await queryRunner.query(`
      DROP INDEX "public"."IDX_9b65e30688d94cc337c2f3cb3c"`);
    await queryRunner.query(`
      DROP INDEX "public"."IDX_1148b342a4374620478c017b71"`);
    await queryRunner.query(`
      DROP INDEX "public"."IDX_c7e1a9afe8fbcef86d722a3904"`);
    await queryRunner.query(`
      DROP INDEX "public"."IDX_a72717a23178aea0796618d94a"`);
    await queryRunner.query(`
      DROP TABLE "action_items"`);
  }
}
