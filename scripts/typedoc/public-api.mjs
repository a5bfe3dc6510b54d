// TypeDoc plugin: one documentation module per domain, showing only the package's public API.
// typedoc.json takes each src/<domain>/index.ts as an entry point so that the sidebar groups the
// API by domain. Those files also export cross-module helpers that the package root does not
// publish, so the root (src/index.ts) stays the one source of truth: this plugin removes every
// module member that the root does not export, and fails the run when the root exports a name
// that no module shows (it would be missing from the docs). A comment's {@link Name} to a member of
// another module resolves too, as it did when the docs had a single module.
import { resolve } from 'node:path';
import { Converter, ReflectionKind } from 'typedoc';

const rootEntry = resolve('src/index.ts');

/** Names exported by the package root, read from the TypeScript program TypeDoc built. */
function rootExports(programs) {
  for (const program of programs) {
    const file = program.getSourceFile(rootEntry);
    if (!file) continue;
    const checker = program.getTypeChecker();
    const symbol = checker.getSymbolAtLocation(file);
    if (symbol) return new Set(checker.getExportsOfModule(symbol).map((s) => s.name));
  }
  return undefined;
}

/** The public member at `path` (['Name'] or ['Name', 'field']) in any module. */
function memberOfAnyModule(project, path) {
  for (const module of project.getChildrenByKind(ReflectionKind.Module)) {
    const member = module.getChildByName(path);
    if (member) return member;
  }
  return undefined;
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.addUnknownSymbolResolver((ref, reflection) => {
    if (ref.moduleSource || !ref.symbolReference?.path) return undefined;
    const target = memberOfAnyModule(
      reflection.project,
      ref.symbolReference.path.map((part) => part.path),
    );
    // A Reflection target renders as an internal link, like a link resolved by TypeDoc itself.
    return target ? { target } : undefined;
  });
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const published = rootExports(context.programs);
    if (!published) {
      app.logger.error(`public-api plugin: ${rootEntry} is not in the TypeScript program`);
      return;
    }
    const shown = new Set();
    for (const module of context.project.getChildrenByKind(ReflectionKind.Module)) {
      for (const member of [...(module.children ?? [])]) {
        if (published.has(member.name)) shown.add(member.name);
        else context.project.removeReflection(member);
      }
    }
    const missing = [...published].filter((name) => !shown.has(name)).sort();
    if (missing.length > 0) {
      app.logger.error(
        `public-api plugin: exported by src/index.ts but by no module entry point: ${missing.join(', ')}`,
      );
    }
  });
}
