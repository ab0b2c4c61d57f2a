import { createHash } from 'node:crypto';
import { ApolloServerPlugin, GraphQLRequestListener, HeaderMap } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { InjectDataSource } from '@nestjs/typeorm';
import { GraphqlContext } from '@samverkan/auth';
import { FieldNode, Kind, OperationDefinitionNode } from 'graphql';
import { DataSource } from 'typeorm';
import { Clock } from '@samverkan/common';
import { ReadResponseCache } from './read-response.cache';

/** Root fields whose answers depend on the data only, never on who asks (everyone logged in reads everything). */
const CACHEABLE_ROOT_FIELDS = new Set(['actionItems', 'actionItem', 'planOverview', 'meetings', 'meeting', 'planAsOfRevision']);

/**
 * Every mutation commits exactly one audit row, in id order (the audit chain
 * lock), and every bulk change to a plan's items moves its content version:
 * together they change whenever anything a read could show has changed.
 */
const WRITE_MARK = `SELECT (SELECT coalesce(max(id), 0) FROM audit_log)::text || ':' || (SELECT coalesce(sum(content_version), 0) FROM plans)::text AS mark`;

export const CACHE_HEADER = 'x-samverkan-cache';

/** A query of cacheable root fields only (and perhaps __typename), at least one of them. */
function cacheableRootFields(operation: OperationDefinitionNode): boolean {
  if (operation.operation !== 'query') return false;
  const names = operation.selectionSet.selections.map((selection) => (selection.kind === Kind.FIELD ? (selection as FieldNode).name.value : null));
  return names.some((name) => name !== null && CACHEABLE_ROOT_FIELDS.has(name)) && names.every((name) => name === '__typename' || (name !== null && CACHEABLE_ROOT_FIELDS.has(name)));
}

/**
 * Serves a repeated read (the steering group's overview, a page of items)
 * without executing it again, as long as nothing has been written since it
 * was answered: the write mark is read from PostgreSQL on every request, so
 * every replica sees a committed write at once and never answers from before
 * it. Answers are kept per caller, so nothing one person may see reaches
 * another, and for a few seconds at most, since stale and overdue move with
 * the clock.
 */
@Plugin()
export class ReadResponseCachePlugin implements ApolloServerPlugin<GraphqlContext> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cache: ReadResponseCache,
    private readonly clock: Clock,
  ) {}

  async requestDidStart(): Promise<GraphQLRequestListener<GraphqlContext>> {
    let pending: { key: string; writeMark: string; today: string } | null = null;
    return {
      responseForOperation: async ({ operation, source, request, contextValue, response }) => {
        const actor = contextValue.actor;
        if (!actor || !cacheableRootFields(operation)) return null;
        const key = createHash('sha256')
          .update(`${actor.userId}\n${request.operationName ?? ''}\n${source}\n${JSON.stringify(request.variables ?? {})}`)
          .digest('base64url');
        const [{ mark }]: { mark: string }[] = await this.dataSource.query(WRITE_MARK);
        const now = this.clock.now();
        const today = this.clock.today();
        const data = this.cache.get(key, mark, today, now.getTime());
        if (data) {
          response.http.headers.set(CACHE_HEADER, 'hit');
          return { http: { status: undefined, headers: new HeaderMap([[CACHE_HEADER, 'hit']]) }, body: { kind: 'single', singleResult: { data } } };
        }
        response.http.headers.set(CACHE_HEADER, 'miss');
        pending = { key, writeMark: mark, today };
        return null;
      },
      willSendResponse: async ({ response }) => {
        if (!pending || response.body.kind !== 'single') return;
        const { data, errors } = response.body.singleResult;
        if (data && !errors) this.cache.set(pending.key, { writeMark: pending.writeMark, today: pending.today, storedAt: this.clock.now().getTime(), data });
      },
    };
  }
}
