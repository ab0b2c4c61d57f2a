import { MigrationInterface, QueryRunner } from "typeorm";

export class Init1795459635781 implements MigrationInterface {
    name = 'Init1795459635781'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "audit_log" (
                "id" BIGSERIAL NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "actor_id" uuid,
                "action" text NOT NULL,
                "entity_type" text NOT NULL,
                "entity_id" text NOT NULL,
                "before" jsonb,
                "after" jsonb,
                "request_id" text NOT NULL,
                CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_43fef0ec7f613c19c612fffe62" ON "audit_log" ("entity_type", "entity_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "agencies" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code" character varying(16) NOT NULL,
                "name_sv" text NOT NULL,
                "name_en" text NOT NULL,
                "contact_email" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_6acd8cc6374916c08b4d7f060c8" UNIQUE ("code"),
                CONSTRAINT "PK_8ab1f1f53f56c8255b0d7e68b28" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "users" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" text NOT NULL,
                "display_name" text NOT NULL,
                "title" text,
                "agency_id" uuid NOT NULL,
                "roles" text array NOT NULL DEFAULT '{}',
                "active" boolean NOT NULL DEFAULT true,
                "password_hash" text,
                "token_version" integer NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_97672ac88f789774dd47f7c8be" ON "users" ("email")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_6fdb3282cea9ba5877ab476aa7" ON "users" ("agency_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "groups" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "plan_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "number" integer NOT NULL,
                "name" text NOT NULL,
                "focus" text NOT NULL,
                "coordinating_agency_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_659d1483316afb28afd3a90646e" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_18bab1b854dd6e8ca812a6af16" ON "groups" ("plan_id", "kind", "number")
        `);
        await queryRunner.query(`
            CREATE TABLE "group_supports" (
                "group_id" uuid NOT NULL,
                "agency_id" uuid NOT NULL,
                "contribution" text NOT NULL,
                CONSTRAINT "PK_27bbaf013c8bfb2df8b96674b95" PRIMARY KEY ("group_id", "agency_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "memberships" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "group_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "role" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_25d28bd932097a9e90495ede7b4" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_7c1e2fdfed4f6838e0c05ae505" ON "memberships" ("user_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_3923edf77fc86ff52c078826b2" ON "memberships" ("group_id", "user_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "plans" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "key" text NOT NULL,
                "title" text NOT NULL,
                "mandate" text NOT NULL DEFAULT '',
                "period_start" date NOT NULL,
                "period_end" date NOT NULL,
                "current_revision" integer NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_81fbbbb81d6b241363f82c17b09" UNIQUE ("key"),
                CONSTRAINT "PK_3720521a81c7c24fe9b7202ba61" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "plan_revisions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "plan_id" uuid NOT NULL,
                "number" integer NOT NULL,
                "effective_from" date NOT NULL,
                "summary" text NOT NULL,
                "rationale" text NOT NULL,
                "decided_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_653664132a9666a9f1e62266912" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_de8959e10b3f9b852e08a01a4b" ON "plan_revisions" ("plan_id", "number")
        `);
        await queryRunner.query(`
            CREATE TABLE "plan_agencies" (
                "plan_id" uuid NOT NULL,
                "agency_id" uuid NOT NULL,
                "role" text NOT NULL,
                "responsibility" text NOT NULL DEFAULT '',
                CONSTRAINT "PK_51e4a84b79679cdeda051953fcd" PRIMARY KEY ("plan_id", "agency_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "development_areas" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "plan_id" uuid NOT NULL,
                "number" integer NOT NULL,
                "title" text NOT NULL,
                CONSTRAINT "PK_96949dd876d4c9a0af013e542dc" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_4c551a609bdcd4ad05431c59c0" ON "development_areas" ("plan_id", "number")
        `);
        await queryRunner.query(`
            CREATE TABLE "sub_topics" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "area_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "title" text NOT NULL,
                CONSTRAINT "PK_409ee831ac7d0c9043fde132744" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_a062e321c70fe1e88db56e77e4" ON "sub_topics" ("area_id", "position")
        `);
        await queryRunner.query(`
            CREATE TABLE "perspectives" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "plan_id" uuid NOT NULL,
                "code" text NOT NULL,
                "title" text NOT NULL,
                "description" text NOT NULL DEFAULT '',
                CONSTRAINT "PK_067ead4f4e002d72fc4ecdd8e71" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_9c8e8da0137effa78b2cb61ed6" ON "perspectives" ("plan_id", "code")
        `);
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD CONSTRAINT "FK_6fdb3282cea9ba5877ab476aa76" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "groups"
            ADD CONSTRAINT "FK_3330365f7500732a6ce604878b5" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "groups"
            ADD CONSTRAINT "FK_e83b3b990f845cac4e4689722cd" FOREIGN KEY ("coordinating_agency_id") REFERENCES "agencies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "group_supports"
            ADD CONSTRAINT "FK_e3dd1c9182127253746949864a9" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "group_supports"
            ADD CONSTRAINT "FK_1560c98c11f68ab279e60f12a59" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "memberships"
            ADD CONSTRAINT "FK_253a15e6c430fc2e5bb84c4afda" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "memberships"
            ADD CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_revisions"
            ADD CONSTRAINT "FK_ccd15b7ec765ab8c9fa2dc4a520" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_revisions"
            ADD CONSTRAINT "FK_6859da7d44d307878a13b404297" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_agencies"
            ADD CONSTRAINT "FK_346e47c3e7a0177761805062d4d" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_agencies"
            ADD CONSTRAINT "FK_6f92657f32c45a548d541e5d95a" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "development_areas"
            ADD CONSTRAINT "FK_a02d7a2151bdb6c3fd0b6785ccd" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "sub_topics"
            ADD CONSTRAINT "FK_22f3227436df82db196f288c995" FOREIGN KEY ("area_id") REFERENCES "development_areas"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "perspectives"
            ADD CONSTRAINT "FK_8769fcc7d2c360e210f49864015" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "perspectives" DROP CONSTRAINT "FK_8769fcc7d2c360e210f49864015"
        `);
        await queryRunner.query(`
            ALTER TABLE "sub_topics" DROP CONSTRAINT "FK_22f3227436df82db196f288c995"
        `);
        await queryRunner.query(`
            ALTER TABLE "development_areas" DROP CONSTRAINT "FK_a02d7a2151bdb6c3fd0b6785ccd"
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_agencies" DROP CONSTRAINT "FK_6f92657f32c45a548d541e5d95a"
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_agencies" DROP CONSTRAINT "FK_346e47c3e7a0177761805062d4d"
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_revisions" DROP CONSTRAINT "FK_6859da7d44d307878a13b404297"
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_revisions" DROP CONSTRAINT "FK_ccd15b7ec765ab8c9fa2dc4a520"
        `);
        await queryRunner.query(`
            ALTER TABLE "memberships" DROP CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051"
        `);
        await queryRunner.query(`
            ALTER TABLE "memberships" DROP CONSTRAINT "FK_253a15e6c430fc2e5bb84c4afda"
        `);
        await queryRunner.query(`
            ALTER TABLE "group_supports" DROP CONSTRAINT "FK_1560c98c11f68ab279e60f12a59"
        `);
        await queryRunner.query(`
            ALTER TABLE "group_supports" DROP CONSTRAINT "FK_e3dd1c9182127253746949864a9"
        `);
        await queryRunner.query(`
            ALTER TABLE "groups" DROP CONSTRAINT "FK_e83b3b990f845cac4e4689722cd"
        `);
        await queryRunner.query(`
            ALTER TABLE "groups" DROP CONSTRAINT "FK_3330365f7500732a6ce604878b5"
        `);
        await queryRunner.query(`
            ALTER TABLE "users" DROP CONSTRAINT "FK_6fdb3282cea9ba5877ab476aa76"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_9c8e8da0137effa78b2cb61ed6"
        `);
        await queryRunner.query(`
            DROP TABLE "perspectives"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_a062e321c70fe1e88db56e77e4"
        `);
        await queryRunner.query(`
            DROP TABLE "sub_topics"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_4c551a609bdcd4ad05431c59c0"
        `);
        await queryRunner.query(`
            DROP TABLE "development_areas"
        `);
        await queryRunner.query(`
            DROP TABLE "plan_agencies"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_de8959e10b3f9b852e08a01a4b"
        `);
        await queryRunner.query(`
            DROP TABLE "plan_revisions"
        `);
        await queryRunner.query(`
            DROP TABLE "plans"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_3923edf77fc86ff52c078826b2"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_7c1e2fdfed4f6838e0c05ae505"
        `);
        await queryRunner.query(`
            DROP TABLE "memberships"
        `);
        await queryRunner.query(`
            DROP TABLE "group_supports"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_18bab1b854dd6e8ca812a6af16"
        `);
        await queryRunner.query(`
            DROP TABLE "groups"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_6fdb3282cea9ba5877ab476aa7"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_97672ac88f789774dd47f7c8be"
        `);
        await queryRunner.query(`
            DROP TABLE "users"
        `);
        await queryRunner.query(`
            DROP TABLE "agencies"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_43fef0ec7f613c19c612fffe62"
        `);
        await queryRunner.query(`
            DROP TABLE "audit_log"
        `);
    }

}
