import { Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Worker } from 'bullmq';

/**
 * The BullMQ workers this process runs, whichever module created them (the
 * outbox dispatcher, the reminder worker): found among the providers' fields,
 * so the domain libraries need not know they are observed.
 */
@Injectable()
export class QueueConsumers {
  constructor(private readonly discovery: DiscoveryService) {}

  workers(): Worker[] {
    return this.discovery.getProviders().flatMap((wrapper) => workersHeldBy(wrapper.instance));
  }

  /** Names of the queues among `queueNames` that no running worker of this process consumes. */
  unconsumed(queueNames: readonly string[]): string[] {
    const consumed = new Set(this.workers().filter((worker) => worker.isRunning() && !worker.closing).map((worker) => worker.name));
    return queueNames.filter((name) => !consumed.has(name));
  }
}

function workersHeldBy(instance: unknown): Worker[] {
  if (typeof instance !== 'object' || instance === null) return [];
  return Object.values(instance).flatMap((value: unknown) => {
    if (value instanceof Worker) return [value];
    return Array.isArray(value) ? value.filter((item): item is Worker => item instanceof Worker) : [];
  });
}
