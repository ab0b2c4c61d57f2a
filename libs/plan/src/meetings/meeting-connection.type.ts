import { ConnectionType } from '@samverkan/common';
import { Meeting } from './meeting.entity';

export const MeetingConnection = ConnectionType(Meeting, 'MeetingConnection');
