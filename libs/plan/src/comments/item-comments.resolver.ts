import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Call, CallContext, Loaders } from '@samverkan/auth';
import { Connection, LoaderRegistry, PageArgs } from '@samverkan/common';
import { User, UsersService } from '@samverkan/organisation';
import { ActionItem } from '../items/action-item.entity';
import { ItemCommentConnection } from './item-comment-connection.type';
import { ItemComment } from './item-comment.entity';
import { CommentOnActionItemInput } from './item-comment.inputs';
import { ItemCommentsService } from './item-comments.service';

@Resolver(() => ItemComment)
export class ItemCommentsResolver {
  constructor(
    private readonly comments: ItemCommentsService,
    private readonly users: UsersService,
  ) {}

  @Mutation(() => ItemComment, { description: 'Steering-group members, the observer, and the owning working group' })
  commentOnActionItem(@Call() call: CallContext, @Args('input') input: CommentOnActionItemInput): Promise<ItemComment> {
    return this.comments.comment(call, input);
  }

  @ResolveField(() => User)
  author(@Parent() comment: ItemComment, @Loaders() loaders: LoaderRegistry): Promise<User | null> {
    return this.users.load(loaders, comment.authorId);
  }
}

@Resolver(() => ActionItem)
export class ActionItemCommentsResolver {
  constructor(private readonly commentService: ItemCommentsService) {}

  @ResolveField(() => ItemCommentConnection, { description: 'Newest first' })
  comments(@Parent() item: ActionItem, @Loaders() loaders: LoaderRegistry, @Args() page: PageArgs): Promise<Connection<ItemComment>> {
    return this.commentService.loadPage(loaders, item.id, page);
  }
}
