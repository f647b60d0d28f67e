import type postgres from 'postgres';

/**
 * Tables left out of a backup, with the reason written into its manifest. Everything else in the
 * public schema is backed up, so a table added by a later migration is in backups by default.
 */
export const TRANSIENT_TABLES: Readonly<Record<string, string>> = {
  sessions: 'login-sessioner: alle logger ind igen efter en gendannelse',
  rate_limits: 'tællere for hastighedsbegrænsning, der kun gælder minutter',
  login_attempts: 'loginforsøg, der kun bruges til spærring i et døgn',
  search_outbox: 'søgeindeksets kø: genopbygges med npm run cli -- reindex efter gendannelsen',
};

/**
 * Rows of a backed-up table that are left out: a reindex in progress is recorded in app_meta and
 * means nothing in another installation (the reindex after the restore writes its own).
 */
export const ROW_FILTERS: Readonly<Record<string, string>> = {
  app_meta: `"key" not like 'search_reindex:%'`,
};

/** A table of the public schema as the catalog describes it. */
export interface CatalogTable {
  name: string;
  /** Columns that can be written, in column order (generated columns excluded). */
  columns: string[];
  /** Tables this one refers to by a foreign key (itself excluded). */
  refersTo: string[];
}

type Sql = postgres.Sql | postgres.TransactionSql;

/** Every ordinary table of the public schema, with its writable columns and its foreign keys. */
export async function readCatalog(sql: Sql): Promise<CatalogTable[]> {
  const tables = await sql<{ name: string; columns: string[] }[]>`
    select c.relname as name,
      array(select a.attname::text from pg_attribute a
            where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
            order by a.attnum) as columns
    from pg_class c
    where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and not c.relispartition
    order by c.relname`;
  const keys = await sql<{ from: string; to: string }[]>`
    select distinct f.relname as from, t.relname as to
    from pg_constraint k join pg_class f on f.oid = k.conrelid join pg_class t on t.oid = k.confrelid
    where k.contype = 'f' and f.relnamespace = 'public'::regnamespace and k.conrelid <> k.confrelid`;
  return tables.map((t) => ({
    name: t.name,
    columns: t.columns,
    refersTo: keys.filter((k) => k.from === t.name).map((k) => k.to).sort(),
  }));
}

/** A serial column and the sequence that feeds it. */
export interface SerialColumn {
  table: string;
  column: string;
  sequence: string;
}

/** The sequences owned by columns of public tables (bigserial and identity columns). */
export async function readSerialColumns(sql: Sql): Promise<SerialColumn[]> {
  return sql<SerialColumn[]>`
    select t.relname as table, a.attname as column, s.oid::regclass::text as sequence
    from pg_class s
    join pg_depend d on d.objid = s.oid and d.classid = 'pg_class'::regclass and d.deptype in ('a', 'i')
    join pg_class t on t.oid = d.refobjid
    join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
    where s.relkind = 'S' and t.relnamespace = 'public'::regnamespace
    order by t.relname, a.attname`;
}

/**
 * Orders tables so that each comes after the tables it refers to, then by name, so that loading
 * in this order satisfies every foreign key as it goes (no superuser switch needed, which a
 * managed database would not allow). Throws on a cycle, which the schema does not have today.
 */
export function loadOrder<T extends Pick<CatalogTable, 'name' | 'refersTo'>>(tables: readonly T[]): T[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const done = new Set<string>();
  const ordered: T[] = [];
  let remaining = [...tables].sort((a, b) => a.name.localeCompare(b.name));
  while (remaining.length > 0) {
    // Tables outside the set (left out of the backup) do not hold anything back.
    const ready = remaining.filter((t) => t.refersTo.every((r) => done.has(r) || !byName.has(r)));
    if (ready.length === 0) {
      throw new Error(`Tabellerne ${remaining.map((t) => t.name).join(', ')} henviser til hinanden i ring og kan ikke indlæses i rækkefølge.`);
    }
    for (const t of ready) {
      ordered.push(t);
      done.add(t.name);
    }
    remaining = remaining.filter((t) => !done.has(t.name));
  }
  return ordered;
}
