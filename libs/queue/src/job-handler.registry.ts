import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { EntityManager } from 'typeorm';
import { HANDLES_JOB } from './job-handler.decorator';
import { JobName } from './queue.constants';

/** Job names in the constants that have no handler, in declaration order. */
export function missingJobHandlers(handled: Iterable<string>): JobName[] {
  const names = new Set(handled);
  return Object.values(JobName).filter((name) => !names.has(name));
}

/** A handler with its payload type erased: payloads come back from the database as plain JSON. */
type StoredJobHandler = (payload: object, tx: EntityManager) => Promise<void>;

/**
 * Every @HandlesJob method in the application, by job name. Refuses to start
 * when a job has no handler: its messages would otherwise sit in the outbox
 * and fail again and again.
 */
@Injectable()
export class JobHandlerRegistry implements OnModuleInit {
  private readonly handlers = new Map<string, StoredJobHandler>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!wrapper.isDependencyTreeStatic() || typeof instance !== 'object' || instance === null) continue;
      const methods = instance as Record<string, unknown>;
      for (const method of this.scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
        const handler = methods[method];
        if (typeof handler !== 'function') continue;
        const jobName = this.reflector.get<string | undefined>(HANDLES_JOB, handler);
        if (jobName === undefined) continue;
        if (this.handlers.has(jobName)) {
          throw new Error(`Job "${jobName}" has more than one handler (one is ${instance.constructor.name}.${method})`);
        }
        this.handlers.set(jobName, (handler as StoredJobHandler).bind(instance));
      }
    }
    const missing = missingJobHandlers(this.handlers.keys());
    if (missing.length > 0) {
      throw new Error(
        `Worker cannot start: no handler for job ${missing.map((name) => `"${name}"`).join(', ')}. ` +
          'Add a @HandlesJob method to a provider of a module the worker imports.',
      );
    }
  }

  /** Throws for a job name this version does not know, e.g. one written by a newer release. */
  get(jobName: string): StoredJobHandler {
    const handler = this.handlers.get(jobName);
    if (!handler) throw new Error(`No handler for job "${jobName}"`);
    return handler;
  }
}
