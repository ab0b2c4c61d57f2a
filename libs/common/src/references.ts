import { EntityManager } from 'typeorm';
import { InvalidInputException } from './domain.exception';

/**
 * A row referenced by input must exist; a missing one is bad input on that
 * field (an unknown id as the *target* of an operation is NOT_FOUND instead).
 */
export async function assertReferenceExists(tx: EntityManager, table: string, id: string, field: string): Promise<void> {
  const rows: unknown[] = await tx.query(`SELECT 1 FROM "${table}" WHERE id = $1`, [id]);
  if (rows.length === 0) throw new InvalidInputException(field, `${field} refers to nothing: ${id} does not exist`);
}
