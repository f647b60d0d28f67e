import { asc, eq } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { administrations } from '../../../db/schema';
import { type Locale, localePath, t } from '../../i18n';
import { config } from '../config/config';
import { absoluteUrl, queueMail } from '../mail';
import { createReferral, suggestReceiver } from '../referral';
import type { EntranceChoices } from './choices';
import { type EntranceAnswers, WHOLE_MUNICIPALITY } from './form';

/**
 * Where a citizen's request goes when the routing table suggests nothing: help to the Social
 * administration (it holds the § 18 cooperation and the widest range of offers), volunteering to
 * Culture and Leisure (the "one entrance for volunteering", domain.md). By slug, so that a
 * renamed administration keeps its requests; if a municipality has neither, the first
 * administration in Danish order takes it rather than the request being lost.
 */
export const FALLBACK_RECEIVER = { help: 'socialforvaltningen', volunteer: 'kultur-og-fritidsforvaltningen' } as const;

export interface EntranceReceiver {
  id: string;
  slug: string;
  nameDa: string;
  nameEn: string;
}

/** The administration that receives a citizen's request: the routing table's suggestion, else the fallback. */
export async function entranceReceiver(db: Database, purpose: EntranceAnswers['purpose'], termIds: string[]): Promise<EntranceReceiver> {
  const columns = { id: administrations.id, slug: administrations.slug, nameDa: administrations.nameDa, nameEn: administrations.nameEn };
  const suggested = termIds.length > 0 ? await suggestReceiver(db, termIds) : null;
  if (suggested) {
    const [row] = await db.select(columns).from(administrations).where(eq(administrations.id, suggested.administrationId));
    if (row) return row;
  }
  const [fallback] = await db.select(columns).from(administrations).where(eq(administrations.slug, FALLBACK_RECEIVER[purpose]));
  if (fallback) return fallback;
  const [first] = await db.select(columns).from(administrations).orderBy(asc(administrations.nameDa)).limit(1);
  if (!first) throw new Error('No administration exists to receive a citizen request');
  return first;
}

/** The result of a sent form: what the receipt shows. */
export interface EntranceResult {
  reference: string;
  receiver: EntranceReceiver;
  created: boolean;
  mailed: boolean;
}

/**
 * Turns the citizen's answers into a referral of their own (source `citizen`) to the routed
 * administration, and mails a receipt that holds nothing but the code when they gave an e-mail.
 * The same form sent twice (`formNonce`) makes one referral and one mail. The structured answers
 * the receiver needs (district, for whom, the language the citizen wrote in) go into the note,
 * in Danish for the staff, encrypted with the rest of the personal part.
 */
export async function submitEntrance(
  db: Database,
  answers: EntranceAnswers,
  context: { locale: Locale; formNonce: string; choices: EntranceChoices; requestUrl: URL; now?: Date },
): Promise<EntranceResult> {
  const now = context.now ?? new Date();
  const receiver = await entranceReceiver(db, answers.purpose, answers.terms);
  const chosen = context.choices.categories.filter((c) => answers.terms.includes(c.id)).map((c) => c.nameDa);
  const created = await createReferral(
    db,
    {
      target: { kind: 'administration', administrationId: receiver.id },
      citizen: {
        name: answers.name,
        phone: answers.phone,
        email: answers.email,
        preferredContact: answers.preferredContact,
        goodTimes: answers.goodTimes,
        needs: answers.needs ?? wishes(answers.purpose, chosen),
      },
      consent: {
        method: 'digital',
        givenAt: now,
        scope: t('da', 'entrance.note.consentScope', { receiver: receiver.nameDa, days: config().REFERRAL_RETENTION_DAYS }),
      },
      urgency: 'normal',
      termIds: answers.terms,
      noteToReceiver: note(answers, chosen, context),
      purpose: answers.purpose,
      idempotencyKey: `citizen:${context.formNonce}`,
    },
    { kind: 'citizen' },
    { requestUrl: context.requestUrl },
  );
  // Mailed the first time the form came; a repeat of the same form says so again but sends nothing.
  const mailed = answers.email !== null;
  if (created.created && answers.email) {
    // After the referral rather than in its transaction (the core owns that one): a lost receipt
    // is a nuisance, the code is on the receipt page too.
    const locale = context.locale;
    const statusUrl = absoluteUrl(localePath(locale, '/indgang/status'), context.requestUrl);
    const name = locale === 'da' ? receiver.nameDa : receiver.nameEn;
    await queueMail(db, {
      to: answers.email,
      subject: t(locale, 'entrance.mail.subject', { reference: created.reference }),
      body: t(locale, 'entrance.mail.body', { reference: created.reference, receiver: name, url: statusUrl }),
      purpose: 'referral_citizen_receipt',
    });
  }
  return { reference: created.reference, receiver, created: created.created, mailed };
}

/** The citizen's wish in Danish when they wrote nothing themselves. */
function wishes(purpose: EntranceAnswers['purpose'], chosen: string[]): string {
  const what = chosen.length > 0 ? chosen.join(', ') : t('da', 'entrance.note.nothingChosen');
  return t('da', purpose === 'help' ? 'entrance.note.wantsHelp' : 'entrance.note.wantsToVolunteer', { what });
}

/** The structured answers as lines for the receiver, in Danish. */
function note(answers: EntranceAnswers, chosen: string[], context: { locale: Locale; choices: EntranceChoices }): string {
  const district = context.choices.districts.find((d) => d.slug === answers.district)?.name;
  const lines = [
    t('da', 'entrance.note.source'),
    t('da', answers.purpose === 'help' ? 'entrance.note.purposeHelp' : 'entrance.note.purposeVolunteer'),
    t('da', 'entrance.note.categories', { what: chosen.length > 0 ? chosen.join(', ') : t('da', 'entrance.note.nothingChosen') }),
    t('da', 'entrance.note.district', { district: answers.district === WHOLE_MUNICIPALITY || !district ? t('da', 'entrance.district.whole') : district }),
    answers.forWhom === 'self' ? t('da', 'entrance.note.forSelf') : t('da', 'entrance.note.forOther', { relation: answers.relation ?? '' }),
  ];
  if (context.locale === 'en') lines.push(t('da', 'entrance.note.english'));
  return lines.join('\n');
}
