import { AuditEntry } from '@samverkan/audit';
import { ConnectionType } from '@samverkan/common';
import { ActionItem } from './action-item.entity';

export const ActionItemConnection = ConnectionType(ActionItem, 'ActionItemConnection');

export const ActionItemHistoryConnection = ConnectionType(AuditEntry, 'ActionItemHistoryConnection');
