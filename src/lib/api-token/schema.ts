import { z } from 'zod';
import { type Locale, t } from '../../i18n';

/** The longest name of a token: enough for "Sags­system X, produktion". */
export const TOKEN_NAME_MAX = 80;

/** The admin's form for a new token: which administration it acts for, and a name to know it by. */
export function newApiTokenSchema(locale: Locale) {
  return z.object({
    administrationId: z.uuid({ error: t(locale, 'apiTokens.error.administration') }),
    name: z
      .string({ error: t(locale, 'apiTokens.error.name') })
      .trim()
      .min(1, { error: t(locale, 'apiTokens.error.name') })
      .max(TOKEN_NAME_MAX, { error: t(locale, 'apiTokens.error.nameTooLong', { max: TOKEN_NAME_MAX }) }),
  });
}

export type NewApiTokenInput = z.infer<ReturnType<typeof newApiTokenSchema>>;
