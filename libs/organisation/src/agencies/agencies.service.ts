import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditedTransaction } from '@samverkan/audit';
import { Action, Actor, CallContext, PolicyService } from '@samverkan/auth';
import { EntityNotFoundException, InvalidInputException, LoaderRegistry, PageArgs, decodeCursor, orderByKeys } from '@samverkan/common';
import { In, MoreThan, Repository } from 'typeorm';
import { OrganisationException, OrganisationExceptionCode } from '../organisation.exception';
import { Agency } from './agency.entity';
import { CreateAgencyInput, UpdateAgencyInput } from './agency.inputs';

@Injectable()
export class AgenciesService {
  constructor(
    @InjectRepository(Agency) private readonly agencies: Repository<Agency>,
    private readonly policy: PolicyService,
    private readonly audited: AuditedTransaction,
  ) {}

  async list(actor: Actor | null, page: PageArgs): Promise<Agency[]> {
    this.policy.assert(actor, Action.READ_WORKSPACE);
    const after = page.after === undefined ? null : decodeCursor(page.after, 1);
    if (page.after !== undefined && after === null) throw new InvalidInputException('after', 'after is not a valid cursor');
    return this.agencies.find({
      where: after ? { code: MoreThan(String(after[0])) } : {},
      order: { code: 'ASC' },
      take: page.first,
    });
  }

  async get(actor: Actor | null, id: string): Promise<Agency> {
    this.policy.assert(actor, Action.READ_WORKSPACE);
    const agency = await this.agencies.findOneBy({ id });
    if (!agency) throw new EntityNotFoundException('Agency', id, 'id');
    return agency;
  }

  load(loaders: LoaderRegistry, id: string): Promise<Agency | null> {
    return loaders
      .get<string, Agency | null>('agency.byId', async (ids) =>
        orderByKeys(ids, await this.agencies.findBy({ id: In([...ids]) }), (a) => a.id),
      )
      .load(id);
  }

  create(call: CallContext, input: CreateAgencyInput): Promise<Agency> {
    this.policy.assert(call.actor, Action.MANAGE_ORGANISATION);
    return this.audited.run(call, 'agency.create', async (tx) => {
      if (await tx.existsBy(Agency, { code: input.code })) {
        throw new OrganisationException(OrganisationExceptionCode.AGENCY_CODE_TAKEN, `An agency with code ${input.code} exists`, 'input.code');
      }
      const agency = await tx.save(tx.create(Agency, { ...input, contactEmail: input.contactEmail ?? null }));
      return { result: agency, entityType: 'Agency', entityId: agency.id, before: null, after: agency };
    });
  }

  update(call: CallContext, input: UpdateAgencyInput): Promise<Agency> {
    this.policy.assert(call.actor, Action.UPDATE_AGENCY_PROFILE, { agencyId: input.id });
    return this.audited.run(call, 'agency.update', async (tx) => {
      const before = await tx.findOne(Agency, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw new EntityNotFoundException('Agency', input.id, 'input.id');
      const { id, ...changes } = input;
      const after = await tx.save(Agency, { ...before, ...changes });
      return { result: after, entityType: 'Agency', entityId: id, before, after };
    });
  }
}
