/** Texts of the back office: login, sessions, password reset, invitations, members, mail. Joined into the catalogue in ../messages.ts. */
import type { EnglishOf, Message } from '../messages';

export const accountsDa = {
  'forbidden.title': 'Du har ikke adgang til denne side',
  'forbidden.text':
    'Din konto har ikke lov til at se eller ændre dette. Mener du, at du burde have adgang, så kontakt koordinatoren i din forvaltning.',
  'csrf.title': 'Formularen er for gammel',
  'csrf.text':
    'Vi kunne ikke gemme det, du sendte, fordi siden var for gammel, eller du var logget ud imens. Gå tilbage, genindlæs siden, og prøv igen.',
} as const satisfies Record<string, Message>;

export const accountsEn: EnglishOf<typeof accountsDa> = {
  'forbidden.title': 'You do not have access to this page',
  'forbidden.text':
    'Your account may not see or change this. If you think you should have access, contact the coordinator in your administration.',
  'csrf.title': 'The form is too old',
  'csrf.text':
    'We could not save what you sent, because the page was too old or you were logged out meanwhile. Go back, reload the page and try again.',
};
