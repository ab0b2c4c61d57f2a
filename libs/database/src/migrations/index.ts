import { Init1795459635781 } from './1795459635781-Init';
import { AuditAppendOnly1795459700000 } from './1795459700000-AuditAppendOnly';
import { OutboxMessages1795459800000 } from './1795459800000-OutboxMessages';
import { Goals1795461000000 } from './1795461000000-Goals';
import { AuditHashChain1795462000000 } from './1795462000000-AuditHashChain';
import { ActionPlan1795460000000 } from './1795460000000-ActionPlan';
import { Reports1795463000000 } from './1795463000000-Reports';
import { ApiTokens1795462000100 } from './1795462000100-ApiTokens';
import { Reminders1795464000000 } from './1795464000000-Reminders';
import { OutboxRequestId1795465000000 } from './1795465000000-OutboxRequestId';
import { OutboxNotify1795466000000 } from './1795466000000-OutboxNotify';
import { OneOutbox1795490000000 } from './1795490000000-OneOutbox';
import { BrowserSessions1795500000000 } from './1795500000000-BrowserSessions';
import { UserLanguage1795500100000 } from './1795500100000-UserLanguage';
import { ReportLanguage1795510000000 } from './1795510000000-ReportLanguage';
import { MeasurementCorrectionReason1795520300000 } from './1795520300000-MeasurementCorrectionReason';

import { ItemSubTopic1795520000000 } from './1795520000000-ItemSubTopic';
import { PasswordResetTokens1795520400000 } from './1795520400000-PasswordResetTokens';

/** Applied in this order; add each new migration at the end. */
export const MIGRATIONS = [Init1795459635781, AuditAppendOnly1795459700000, OutboxMessages1795459800000, Goals1795461000000, AuditHashChain1795462000000, ActionPlan1795460000000, Reports1795463000000, ApiTokens1795462000100, Reminders1795464000000, OutboxRequestId1795465000000, OutboxNotify1795466000000, OneOutbox1795490000000, BrowserSessions1795500000000, UserLanguage1795500100000, ReportLanguage1795510000000, ItemSubTopic1795520000000, MeasurementCorrectionReason1795520300000, PasswordResetTokens1795520400000];
