import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Job, Worker } from 'bullmq';
import { Histogram, Registry } from 'prom-client';
import { QueueConsumers } from '../health/queue-consumers';
import { DURATION_BUCKETS } from './metrics-registry';

type JobOutcome = 'completed' | 'failed';

/** How long each job ran and how it ended, per queue and job name; its count by outcome is the failure rate. */
@Injectable()
export class JobMetrics implements OnApplicationBootstrap {
  private readonly duration: Histogram<'queue' | 'job' | 'outcome'>;
  private readonly observed = new WeakSet<Worker>();

  constructor(
    registry: Registry,
    private readonly consumers: QueueConsumers,
  ) {
    this.duration = new Histogram({
      name: 'job_duration_seconds',
      help: 'BullMQ jobs run by this worker, by queue, job name and outcome (completed, failed)',
      labelNames: ['queue', 'job', 'outcome'],
      buckets: DURATION_BUCKETS,
      registers: [registry],
      // Every scrape also picks up a worker started after boot.
      collect: () => this.observeWorkers(),
    });
  }

  onApplicationBootstrap(): void {
    this.observeWorkers();
  }

  private observeWorkers(): void {
    for (const worker of this.consumers.workers()) {
      if (this.observed.has(worker)) continue;
      this.observed.add(worker);
      worker.on('completed', (job) => this.record(worker.name, job, 'completed'));
      worker.on('failed', (job) => job && this.record(worker.name, job, 'failed'));
    }
  }

  private record(queue: string, job: Job, outcome: JobOutcome): void {
    const finishedOn = job.finishedOn ?? Date.now();
    const seconds = Math.max(0, finishedOn - (job.processedOn ?? finishedOn)) / 1000;
    this.duration.observe({ queue, job: job.name, outcome }, seconds);
  }
}
