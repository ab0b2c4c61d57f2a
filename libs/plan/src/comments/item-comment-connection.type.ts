import { ConnectionType } from '@samverkan/common';
import { ItemComment } from './item-comment.entity';

export const ItemCommentConnection = ConnectionType(ItemComment, 'ItemCommentConnection');
