/** Anonymous figures about referrals, shown on public pages (docs/decisions/013-personal-data.md). */
export { MIN_REFERRALS_FOR_FIGURES, percentOf, type ReferralFigures, referralFiguresOf, replyTimeInWords } from './figures';
