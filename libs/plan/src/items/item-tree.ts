import { EntityManager } from 'typeorm';

export interface TreeNode {
  id: string;
  depth: number;
}

/** The item and everything below it. */
export async function subtreeOf(tx: EntityManager, itemId: string): Promise<TreeNode[]> {
  return tx.query(
    `WITH RECURSIVE subtree AS (
       SELECT id, depth FROM action_items WHERE id = $1
       UNION ALL
       SELECT child.id, child.depth FROM action_items child JOIN subtree ON child.parent_id = subtree.id
     )
     SELECT id, depth FROM subtree`,
    [itemId],
  );
}

/**
 * Recomputes the stored progress of every ancestor, from `parentId` up to
 * the root: the average of the sub-items that are not cancelled, weighted by
 * their weight (1 when unset). A parent whose sub-items are all cancelled
 * keeps its last value.
 */
export async function rollUpProgress(tx: EntityManager, parentId: string | null): Promise<void> {
  let current = parentId;
  while (current) {
    const rows: { parent_id: string | null }[] = await tx.query(
      `WITH updated AS (
         UPDATE action_items parent
            SET progress = coalesce((
                  SELECT round(sum(child.progress * coalesce(child.weight, 1))::numeric / sum(coalesce(child.weight, 1)))
                    FROM action_items child
                   WHERE child.parent_id = parent.id AND child.status <> 'CANCELLED'), parent.progress)
          WHERE parent.id = $1
      RETURNING parent.parent_id)
       SELECT parent_id FROM updated`,
      [current],
    );
    current = rows[0]?.parent_id ?? null;
  }
}
