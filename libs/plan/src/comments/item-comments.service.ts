import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditedTransaction } from '@samverkan/audit';
import { Action, AuthException, AuthExceptionCode, CallContext, PolicyService } from '@samverkan/auth';
import { Connection, EntityNotFoundException, LoaderRegistry, PageArgs } from '@samverkan/common';
import { Repository } from 'typeorm';
import { ActionItem } from '../items/action-item.entity';
import { NewestFirstList, loadNewestFirstPage } from '../items/newest-first-page';
import { ItemComment } from './item-comment.entity';
import { CommentOnActionItemInput } from './item-comment.inputs';

const COMMENTS: NewestFirstList = { table: 'item_comments', parentColumn: 'item_id', parentType: 'uuid', idType: 'uuid', timeColumn: 'created_at' };

@Injectable()
export class ItemCommentsService {
  constructor(
    @InjectRepository(ItemComment) private readonly comments: Repository<ItemComment>,
    private readonly policy: PolicyService,
    private readonly audited: AuditedTransaction,
  ) {}

  loadPage(loaders: LoaderRegistry, itemId: string, page: PageArgs): Promise<Connection<ItemComment>> {
    return loadNewestFirstPage(loaders, COMMENTS, this.comments, itemId, page);
  }

  /** The steering group and the observer comment on every item; the owning group on its own. */
  comment(call: CallContext, input: CommentOnActionItemInput): Promise<ItemComment> {
    return this.audited.run(call, 'actionItem.comment', async (tx) => {
      const item = await tx.findOneBy(ActionItem, { id: input.itemId });
      if (!item) throw new EntityNotFoundException('ActionItem', input.itemId, 'input.itemId');
      const { actor } = call;
      if (!this.policy.can(actor, Action.COMMENT) && !this.policy.can(actor, Action.CONTRIBUTE_TO_GROUP, { groupId: item.groupId })) {
        throw new AuthException(AuthExceptionCode.FORBIDDEN, 'You are not allowed to do this');
      }
      const comment = await tx.save(tx.create(ItemComment, { itemId: item.id, authorId: actor.userId, text: input.text }));
      return { result: comment, entityType: 'ActionItem', entityId: item.id, before: null, after: { comment } };
    });
  }
}
