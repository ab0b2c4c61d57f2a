import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * What the client preset's Babel plugin does, without Babel: each
 * `graphql(`…`)` call becomes the typed document codegen wrote for it in
 * src/gql/graphql.ts (`XDocument` for an operation, `XFragmentDoc` for a
 * fragment, named by the first definition), as a module of its own. Each
 * chunk then holds only the documents it uses; otherwise `graphql()`'s map
 * of every document (src/gql/gql.ts) sits in the entry chunk, and the first
 * page grows with every page added.
 */
export function graphqlDocumentModules(generated = resolve(here, 'src/gql/graphql.ts')): Plugin {
  const sources = resolve(dirname(generated), '..');
  const prefix = 'samverkan-graphql-document:';
  const documentJson = (name: string): string | undefined =>
    new RegExp(`^export const ${name} = (\\{.*\\}) as unknown as DocumentNode<.*>;$`, 'm').exec(readFileSync(generated, 'utf8'))?.[1];
  return {
    name: 'samverkan:graphql-document-modules',
    enforce: 'pre',
    resolveId: (id) => (id.startsWith(prefix) ? `\0${id}` : null),
    load(id) {
      if (!id.startsWith(`\0${prefix}`)) return null;
      return `export default ${documentJson(id.slice(prefix.length + 1))};`;
    },
    transform(code, id) {
      // The route modules and components: src/, apart from what codegen writes.
      if (!/\.tsx?$/.test(id) || !id.startsWith(sources) || id.startsWith(dirname(generated)) || !code.includes('graphql(`')) return null;
      const imports: string[] = [];
      const replaced = code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (_call, document: string) => {
        const first = /^\s*(query|mutation|subscription|fragment)\s+(\w+)/.exec(document);
        const name = first && (first[1] === 'fragment' ? `${first[2]}FragmentDoc` : `${first[2]}Document`);
        if (!name || documentJson(name) === undefined) {
          throw new Error(`${id}: no generated document for a graphql() call; name its first definition and run "npm run web:codegen"`);
        }
        imports.push(`import __document${imports.length} from ${JSON.stringify(prefix + name)};`);
        return `__document${imports.length - 1}`;
      });
      return { code: `${imports.join('\n')}\n${replaced}`, map: null };
    },
  };
}
