import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Wakes the outbox relay when a message is written or made due again: the
 * notification is sent on commit, once per transaction, so the relay never
 * looks before the message is visible and need not wait for its next poll.
 */
export class OutboxNotify1795466000000 implements MigrationInterface {
  name = 'OutboxNotify1795466000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION outbox_messages_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('outbox_messages_due', '');
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER outbox_messages_notify
        AFTER INSERT OR UPDATE OF available_at ON outbox_messages
        FOR EACH STATEMENT EXECUTE FUNCTION outbox_messages_notify()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER outbox_messages_notify ON outbox_messages`);
    await queryRunner.query(`DROP FUNCTION outbox_messages_notify()`);
  }
}
