// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { graphqlDocumentModules } from '../../graphql-document-modules.mjs';

type Hook = (this: unknown, ...args: string[]) => unknown;
const plugin = graphqlDocumentModules();
const call = (hook: unknown, ...args: string[]) => (hook as Hook).call({}, ...args);

describe('the build’s GraphQL documents', () => {
  it('swaps a graphql() call for its own generated document, one module each', () => {
    const source = "import { graphql } from '../../gql';\nconst FRAME = graphql(`\n  query Frame {\n    me { id }\n  }\n`);\nconst X = graphql(`fragment PlanVocabulary on Plan { id }`);";
    const { code } = call(plugin.transform, source, new URL('../app/frame.tsx', import.meta.url).pathname) as { code: string };
    expect(code).toContain('import __document0 from "samverkan-graphql-document:FrameDocument";');
    expect(code).toContain('import __document1 from "samverkan-graphql-document:PlanVocabularyFragmentDoc";');
    expect(code).toContain('const FRAME = __document0;');
    expect(code).not.toContain('graphql(`');

    const id = call(plugin.resolveId, 'samverkan-graphql-document:FrameDocument') as string;
    const module = call(plugin.load, id) as string;
    const document = JSON.parse(module.replace(/^export default /, '').replace(/;$/, '')) as { kind: string; definitions: { name: { value: string } }[] };
    expect(document.kind).toBe('Document');
    expect(document.definitions[0]!.name.value).toBe('Frame');
  });

  it('leaves what codegen writes alone', () => {
    expect(call(plugin.transform, 'graphql(`query Frame { me { id } }`)', new URL('./gql.ts', import.meta.url).pathname)).toBeNull();
  });

  it('refuses a document codegen has not generated, rather than shipping an empty one', () => {
    expect(() => call(plugin.transform, 'graphql(`query NoSuchQuery { me { id } }`)', new URL('../app/x.ts', import.meta.url).pathname)).toThrow(/web:codegen/);
  });
});
