import type { Database } from '../../db/client';
import { createApiToken } from '../../src/lib/api-token';

/**
 * Referrals sent to a running portal as a case system sends them (`POST /api/referrals` with an
 * Idempotency-Key), and what became of them in its database: the fault tests check that each is
 * whole (the referral, its first event, its mails) or absent, never half there.
 */
export interface Submission {
  key: string;
  /** HTTP status, or 0 when the connection broke (the server died). */
  status: number;
  body: string;
}

export interface ReferralSender {
  submit(key: string): Promise<Submission>;
  /** The referrals this sender's keys made, by key. */
  stored(db: Database): Promise<Map<string, StoredReferral[]>>;
}

export interface StoredReferral {
  id: string;
  events: number;
  mails: number;
}

/** An API token of one demo administration, sending referrals to another. */
export async function referralSender(db: Database, base: () => string): Promise<ReferralSender> {
  const [from, to] = await db.$client`select id, slug from administrations order by slug limit 2`;
  const { id: tokenId, token } = await createApiToken(db, { administrationId: from!.id as string, name: 'Fagsystem (fejltest)', createdBy: null });
  const body = JSON.stringify({
    target: { administration: to!.slug },
    citizen: { name: 'Åse Fejlsen', phone: '12 34 56 78', email: null, preferredContact: 'phone', goodTimes: 'Formiddag', needs: 'Vil gerne have en besøgsven' },
    consent: { method: 'oral', givenAt: new Date(Date.now() - 60_000).toISOString(), scope: 'Forvaltningen' },
  });
  // The core stores the key scoped by its sender (src/lib/referral/create.ts).
  const prefix = `api:${tokenId}:`;
  return {
    submit: async (key) => {
      try {
        const response = await fetch(`${base()}/api/referrals`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': key },
          body,
        });
        return { key, status: response.status, body: await response.text() };
      } catch (error) {
        return { key, status: 0, body: String(error) };
      }
    },
    stored: async (db) => {
      const rows = await db.$client`
        select substr(r.idempotency_key, ${prefix.length + 1}) as key, r.id,
               (select count(*)::int from referral_events e where e.referral_id = r.id) as events,
               (select count(*)::int from mails m where m.purpose = 'referral_new' and m.subject = 'Ny henvisning ' || r.reference) as mails
        from referrals r where starts_with(r.idempotency_key, ${prefix})`;
      const byKey = new Map<string, StoredReferral[]>();
      for (const row of rows) {
        const list = byKey.get(row.key as string) ?? [];
        list.push({ id: row.id as string, events: row.events as number, mails: row.mails as number });
        byKey.set(row.key as string, list);
      }
      return byKey;
    },
  };
}
