import { ConnectionType } from '@samverkan/common';
import { User } from './user.entity';

export const UserConnection = ConnectionType(User, 'UserConnection');
