import { MigrationInterface, QueryRunner } from 'typeorm';

/** An item may name one sub-topic of its development area. */
export class ItemSubTopic1795520000000 implements MigrationInterface {
  name = 'ItemSubTopic1795520000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "action_items" ADD "sub_topic_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "action_items" ADD CONSTRAINT "FK_468302f66f018ca552dcd0bdd4c" FOREIGN KEY ("sub_topic_id") REFERENCES "sub_topics"("id") ON DELETE SET NULL`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_468302f66f018ca552dcd0bdd4" ON "action_items" ("sub_topic_id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_468302f66f018ca552dcd0bdd4"`);
    await queryRunner.query(`ALTER TABLE "action_items" DROP CONSTRAINT "FK_468302f66f018ca552dcd0bdd4c"`);
    await queryRunner.query(`ALTER TABLE "action_items" DROP COLUMN "sub_topic_id"`);
  }
}
