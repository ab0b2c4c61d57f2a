import { ConnectionType } from '@samverkan/common';
import { Goal } from './goal.entity';

export const GoalConnection = ConnectionType(Goal, 'GoalConnection');
