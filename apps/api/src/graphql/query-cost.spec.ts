import { FragmentDefinitionNode, Kind, OperationDefinitionNode, buildSchema, parse } from 'graphql';
import { measureOperation } from './query-cost';

const schema = buildSchema(`
  type Query { groups: [Group!]! users(first: Int = 50, after: String): UserConnection! me: User! }
  type Group { name: String! memberships: [Membership!]! }
  type Membership { role: String! user: User! }
  type User { email: String! memberships: [Membership!]! }
  type UserConnection { totalCount: Int! nodes: [User!]! }
`);

function measure(query: string, variables: Record<string, unknown> = {}, rootFieldCost?: number) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return measureOperation(schema, operation, fragments, variables, { unpagedListCost: 10, rootFieldCost });
}

describe('measureOperation', () => {
  it('counts a field once, and what a list selects once per expected element', () => {
    expect(measure('{ me { email } }')).toEqual({ depth: 2, complexity: 2 });
    expect(measure('{ groups { name } }')).toEqual({ depth: 2, complexity: 1 + 10 * 1 });
    expect(measure('{ groups { memberships { role } } }')).toEqual({ depth: 3, complexity: 1 + 10 * (1 + 10 * 1) });
  });

  it('multiplies a page by its `first`, from a literal, a variable or the default, without counting `nodes` again', () => {
    expect(measure('{ users(first: 3) { nodes { email } } }').complexity).toBe(1 + 3 * (1 + 1));
    expect(measure('query ($n: Int) { users(first: $n) { nodes { email } } }', { n: 7 }).complexity).toBe(1 + 7 * 2);
    expect(measure('{ users { totalCount nodes { email } } }').complexity).toBe(1 + 50 * 3);
    expect(measure('{ users(first: 100000) { nodes { email } } }').complexity).toBe(1 + 100 * 2);
  });

  it('follows fragments and ignores introspection', () => {
    expect(measure('{ me { ...M } } fragment M on User { memberships { user { email } } }')).toEqual({ depth: 4, complexity: 1 + (1 + 10 * (1 + 1)) });
    expect(measure('{ __typename __schema { types { fields { type { name } } } } me { email } }')).toEqual({ depth: 2, complexity: 2 });
  });

  it('charges each root field its own cost, aliases and fragments included', () => {
    expect(measure('{ a: me { email } b: me { email } }', {}, 100).complexity).toBe(2 * (100 + 1));
    expect(measure('{ ...R } fragment R on Query { me { email } }', {}, 100).complexity).toBe(100 + 1);
  });
});
