import { ConnectionType } from '@samverkan/common';
import { AuditEntry } from '../audit-entry.entity';

export const AuditEntryConnection = ConnectionType(AuditEntry, 'AuditEntryConnection');
