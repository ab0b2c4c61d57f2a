import { Injectable, OnModuleInit, SetMetadata } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { EntityManager } from 'typeorm';
import { DeadlineInput } from '../scheduling/reminder-scheduler.service';

const DEADLINE_SOURCE = 'samverkan:deadline-source';

/**
 * A module's deadlines that follow from the plan itself rather than from
 * one change: the annual reports every group and agency owes, each goal's
 * yearly follow-up, owned by whoever holds a role today. Mutations still sync
 * them as they happen; the refresher also computes them for every plan, so
 * they exist before anyone touches them and follow people who join or leave.
 */
export interface PlanDeadlineSource {
  deadlinesOfPlan(tx: EntityManager, planId: string): Promise<DeadlineInput[]>;
}

/** Marks a provider as a PlanDeadlineSource for the worker's DeadlineRefresher. */
export const DeadlineSource = (): ClassDecorator => SetMetadata(DEADLINE_SOURCE, true);

/** Every @DeadlineSource provider of the application. */
@Injectable()
export class DeadlineSources implements OnModuleInit {
  private sources: PlanDeadlineSource[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    this.sources = this.discovery
      .getProviders()
      .filter((wrapper) => wrapper.metatype && wrapper.instance && this.reflector.get<boolean | undefined>(DEADLINE_SOURCE, wrapper.metatype))
      .map((wrapper) => wrapper.instance as PlanDeadlineSource);
  }

  all(): readonly PlanDeadlineSource[] {
    return this.sources;
  }
}
