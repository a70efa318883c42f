import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The layout is the design (docs/architecture.md): these tests keep the source graph acyclic and keep each
// folder's imports pointing the way the pipeline flows.

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every file's relative imports, type-only ones included (a type cycle is a design cycle too). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) =>
      resolve(dirname(file), m[1]!).replace(/\.js$/, '.ts'),
    );
    graph.set(file, targets);
  }
  return graph;
}

/** One cycle per strongly connected component of more than one file (Tarjan), as readable paths. */
function findCycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string): void => {
    order.set(node, index);
    low.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!order.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, order.get(next)!));
      }
    }
    if (low.get(node) === order.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(relative(SRC, member));
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) components.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!order.has(node)) visit(node);
  return components;
}

describe('the source graph', () => {
  const graph = importGraph();

  it('has no import cycles', () => {
    expect(findCycles(graph)).toEqual([]);
  });

  it('finds a cycle when there is one (the check itself works)', () => {
    const a = join(SRC, 'a.ts');
    const b = join(SRC, 'b.ts');
    expect(findCycles(new Map([[a, [b]], [b, [a]]]))).toEqual([['a.ts', 'b.ts']]);
  });

  it('keeps the table machinery independent of the file formats that feed it', () => {
    const offending = [...graph]
      .filter(([file]) => relative(SRC, file).startsWith('ingest/table/'))
      .flatMap(([file, targets]) => targets.filter((t) => !relative(SRC, t).startsWith('ingest/table/') && relative(SRC, t).startsWith('ingest/')).map((t) => `${relative(SRC, file)} -> ${relative(SRC, t)}`));
    expect(offending).toEqual([]);
  });

  it('keeps the functional core free of the shell and the entry points', () => {
    // github/port.ts is the narrow interface the core may name; only its implementations know Octokit.
    const core = ['ingest/', 'metrics/', 'stats/', 'gate/', 'report/', 'config/', 'baseline/'];
    const outward = ['shell/', 'github/', 'action.ts', 'cli.ts', 'cli/', 'bin/'];
    const offending = [...graph]
      .filter(([file]) => core.some((c) => relative(SRC, file).startsWith(c)))
      .flatMap(([file, targets]) => targets.filter((t) => relative(SRC, t) !== 'github/port.ts' && outward.some((o) => relative(SRC, t).startsWith(o))).map((t) => `${relative(SRC, file)} -> ${relative(SRC, t)}`));
    expect(offending).toEqual([]);
  });
});
