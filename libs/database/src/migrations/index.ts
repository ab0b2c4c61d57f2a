import { Init1795459635781 } from './1795459635781-Init';
import { AuditAppendOnly1795459700000 } from './1795459700000-AuditAppendOnly';
import { OutboxMessages1795459800000 } from './1795459800000-OutboxMessages';
import { Goals1795461000000 } from './1795461000000-Goals';

/** Applied in this order; add each new migration at the end. */
export const MIGRATIONS = [Init1795459635781, AuditAppendOnly1795459700000, OutboxMessages1795459800000, Goals1795461000000];
