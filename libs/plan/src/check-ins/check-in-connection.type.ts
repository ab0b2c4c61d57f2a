import { ConnectionType } from '@samverkan/common';
import { CheckIn } from './check-in.entity';

export const CheckInConnection = ConnectionType(CheckIn, 'CheckInConnection');
