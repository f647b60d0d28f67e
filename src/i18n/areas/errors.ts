/** Texts of the error pages (500, 503) and API error answers. Joined into the catalogue in ../messages.ts. */
import type { EnglishOf, Message } from '../messages';

export const errorsDa = {
  // Shown on the 500 and 503 pages so that support can find the request in the log.
  'errors.reference': 'Fejlkode til support: {id}',
  'errors.unavailable.title': 'Indgang er midlertidigt utilgængelig',
  'errors.unavailable.text': 'Vi kan ikke nå vores data lige nu. Det er ikke din skyld. Prøv igen om lidt.',
  'errors.unavailable.notSaved': 'Hvis du var ved at udfylde en formular, er det du skrev ikke gemt. Gå tilbage i din browser, så står teksten der måske stadig, og send den igen om lidt.',
  'errors.api.failed': 'Der skete en fejl. Prøv igen om lidt.',
  'errors.api.unavailable': 'Indgang er midlertidigt utilgængelig. Prøv igen om lidt; det du sendte er ikke gemt.',
} as const satisfies Record<string, Message>;

export const errorsEn: EnglishOf<typeof errorsDa> = {
  'errors.reference': 'Reference for support: {id}',
  'errors.unavailable.title': 'Indgang is temporarily unavailable',
  'errors.unavailable.text': 'We cannot reach our data right now. It is not your fault. Please try again in a little while.',
  'errors.unavailable.notSaved': 'If you were filling in a form, your input was not saved. Go back in your browser, where your text may still be, and send it again in a little while.',
  'errors.api.failed': 'Something went wrong. Please try again shortly.',
  'errors.api.unavailable': 'Indgang is temporarily unavailable. Please try again shortly; what you sent was not saved.',
};
