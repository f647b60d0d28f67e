/** Texts of the one "too many requests" answer (page and API). Joined into the catalogue in ../messages.ts. */
import type { EnglishOf, Message } from '../messages';

export const limitsDa = {
  'tooMany.title': 'Du har sendt mange på kort tid',
  'tooMany.text': 'For at beskytte siden mod misbrug tager vi kun imod et vist antal forespørgsler ad gangen fra samme sted. Det er ikke din skyld.',
  'tooMany.wait': 'Vent {wait}, og prøv så igen.',
  'tooMany.kept': 'Det, du skrev, er ikke gået tabt. Når tiden er gået, kan du sende det igen med knappen herunder.',
  'tooMany.keptBack': 'Det, du skrev, står normalt stadig i formularen, hvis du går tilbage med browserens tilbage-knap.',
  'tooMany.resend': 'Send igen',
  'tooMany.urgent': 'Hvis det haster, så ring til kommunen. Er du i fare, så ring 112.',
  'tooMany.api': 'For mange forespørgsler på kort tid. Vent {seconds} sekunder, og prøv igen.',
  'tooMany.minutes': { one: '{count} minut', other: '{count} minutter' },
  'tooMany.seconds': { one: '{count} sekund', other: '{count} sekunder' },
  'tooMany.hours': { one: '{count} time', other: '{count} timer' },
} as const satisfies Record<string, Message>;

export const limitsEn: EnglishOf<typeof limitsDa> = {
  'tooMany.title': 'You have sent a lot in a short time',
  'tooMany.text': 'To protect the site from misuse, we take only a certain number of requests at a time from one place. It is not your fault.',
  'tooMany.wait': 'Please wait {wait} and then try again.',
  'tooMany.kept': 'What you wrote has not been lost. When the time is up, you can send it again with the button below.',
  'tooMany.keptBack': 'What you wrote is usually still in the form if you go back with your browser’s back button.',
  'tooMany.resend': 'Send again',
  'tooMany.urgent': 'If it is urgent, call the municipality. If you are in danger, call 112.',
  'tooMany.api': 'Too many requests in a short time. Wait {seconds} seconds and try again.',
  'tooMany.minutes': { one: '{count} minute', other: '{count} minutes' },
  'tooMany.seconds': { one: '{count} second', other: '{count} seconds' },
  'tooMany.hours': { one: '{count} hour', other: '{count} hours' },
};
