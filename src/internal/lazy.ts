/**
 * @internal A module-level value built on its first use instead of at import, then kept: for
 * internal schemas and tables that a process may never need (cold start, issue 17). `build` must
 * read constants only, so the value is the same whenever it is built.
 */
export function lazy<T>(build: () => T): () => T {
  let value: { readonly v: T } | undefined;
  return () => {
    value ??= { v: build() };
    return value.v;
  };
}
