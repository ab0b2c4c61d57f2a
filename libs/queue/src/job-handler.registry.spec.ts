import { Injectable } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { EntityManager } from 'typeorm';
import { HandlesJob } from './job-handler.decorator';
import { JobHandlerRegistry, missingJobHandlers } from './job-handler.registry';
import { JobName, SendEmailPayload } from './queue.constants';

@Injectable()
class RecordingEmailHandler {
  readonly sent: SendEmailPayload[] = [];

  @HandlesJob(JobName.SEND_EMAIL)
  async send(payload: SendEmailPayload): Promise<void> {
    this.sent.push(payload);
  }
}

@Injectable()
class SecondEmailHandler {
  @HandlesJob(JobName.SEND_EMAIL)
  async send(): Promise<void> {}
}

/** Handles every job other than send-email, so each test is about send-email alone. */
@Injectable()
class OtherJobsHandler {
  @HandlesJob(JobName.DELIVER_REPORT_COPY)
  async deliverReportCopy(): Promise<void> {}

  @HandlesJob(JobName.SEND_REMINDER)
  async sendReminder(): Promise<void> {}

  @HandlesJob(JobName.SEND_DIGEST)
  async sendDigest(): Promise<void> {}

  @HandlesJob(JobName.REFRESH_DEADLINES)
  async refreshDeadlines(): Promise<void> {}

  @HandlesJob(JobName.PRUNE_NOTIFICATIONS)
  async pruneNotifications(): Promise<void> {}

  @HandlesJob(JobName.PRUNE_SESSIONS)
  async pruneSessions(): Promise<void> {}
}

async function initRegistry(...handlers: (new (...args: never[]) => object)[]) {
  const moduleRef = await Test.createTestingModule({
    imports: [DiscoveryModule],
    providers: [JobHandlerRegistry, OtherJobsHandler, ...handlers],
  }).compile();
  return moduleRef.init();
}

const payload: SendEmailPayload = { to: ['a@example.se'], subject: 'Hej', text: 'Välkommen', messageId: '<m.1@samverkan>' };

describe('missingJobHandlers', () => {
  it('lists each job name in the constants that has no handler', () => {
    expect(missingJobHandlers([])).toEqual(Object.values(JobName));
    expect(missingJobHandlers(Object.values(JobName))).toEqual([]);
  });
});

describe('JobHandlerRegistry', () => {
  it('finds @HandlesJob methods on providers and calls them on their instance', async () => {
    const app = await initRegistry(RecordingEmailHandler);
    await app.get(JobHandlerRegistry).get(JobName.SEND_EMAIL)(payload, {} as EntityManager);
    expect(app.get(RecordingEmailHandler).sent).toEqual([payload]);
    await app.close();
  });

  it('refuses to start when a job has no handler', async () => {
    await expect(initRegistry()).rejects.toThrow('Worker cannot start: no handler for job "send-email"');
  });

  it('refuses to start when a job has two handlers', async () => {
    await expect(initRegistry(RecordingEmailHandler, SecondEmailHandler)).rejects.toThrow(
      'Job "send-email" has more than one handler',
    );
  });

  it('throws for a job name it does not know', async () => {
    const app = await initRegistry(RecordingEmailHandler);
    expect(() => app.get(JobHandlerRegistry).get('from-a-newer-release')).toThrow('No handler for job "from-a-newer-release"');
    await app.close();
  });
});
