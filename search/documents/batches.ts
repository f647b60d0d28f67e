import type postgres from 'postgres';

/** Which rows one query of a document builder reads: given ids, or the next page after an id. */
export type Page = { ids: readonly string[] } | { after: string; limit: number };

const FIRST_UUID = '00000000-0000-0000-0000-000000000000';

/** The SQL condition on `column` (a trusted identifier such as `a.id`) that selects a page. */
export function pageFilter(sql: postgres.Sql, column: string, page: Page): postgres.PendingQuery<postgres.Row[]> {
  return 'ids' in page
    ? sql`${sql(column)} = any(${page.ids as string[]}::uuid[])`
    : sql`${sql(column)} > ${page.after}::uuid`;
}

/** The `order by … limit` of a page: keyset paging needs both, a list of ids neither. */
export function pageLimit(sql: postgres.Sql, column: string, page: Page): postgres.PendingQuery<postgres.Row[]> {
  return 'ids' in page ? sql`` : sql`order by ${sql(column)} limit ${page.limit}`;
}

/**
 * Reads rows page by page: the given ids in chunks of `size`, or, with no ids, every row in id
 * order (keyset paging, so the 100th page costs what the first does). Yields each non-empty page.
 */
export async function* pages<R extends { id: string }>(
  read: (page: Page) => Promise<R[]>,
  ids: readonly string[] | undefined,
  size: number,
): AsyncGenerator<R[]> {
  if (ids) {
    const unique = [...new Set(ids)];
    for (let i = 0; i < unique.length; i += size) {
      const rows = await read({ ids: unique.slice(i, i + size) });
      if (rows.length > 0) yield rows;
    }
    return;
  }
  let after = FIRST_UUID;
  for (;;) {
    const rows = await read({ after, limit: size });
    if (rows.length > 0) yield rows;
    if (rows.length < size) return;
    after = rows[rows.length - 1]!.id;
  }
}

/** Collects every page of an async generator into one array. */
export async function collect<T>(batches: AsyncIterable<T[]>): Promise<T[]> {
  const all: T[] = [];
  for await (const batch of batches) all.push(...batch);
  return all;
}

/** The distinct values of a list, in first-seen order, without nulls. */
export function distinct<T>(values: readonly (T | null | undefined)[]): T[] {
  return [...new Set(values.filter((v): v is T => v !== null && v !== undefined))];
}
