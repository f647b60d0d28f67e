/** The search service's refusals, told in the words of the page. */
import type { FieldError } from './model';
import type { Format } from './texts';

/**
 * A refusal as the reader should read it beside the field. The service's messages are written for
 * API users and start with the parameter's name ("postalCode: …"); the page says the same thing in
 * its own plain words where it has them, and otherwise drops the name and starts with a capital.
 */
export function readableError(error: FieldError, params: URLSearchParams, fmt: Format): FieldError {
  const { parameter } = error;
  if (parameter === 'postalCode') {
    const code = params.get('postalCode')?.trim() ?? '';
    const message = /^[0-9]{4}$/.test(code)
      ? fmt('search.near.unknownPostalCode', { code })
      : fmt('search.near.invalidPostalCode');
    return { parameter, message };
  }
  if (parameter === 'radiusKm') return { parameter, message: fmt('search.near.invalidRadius') };
  const text = error.message.startsWith(`${parameter}: `) ? error.message.slice(parameter.length + 2) : error.message;
  const sentence = text.charAt(0).toLocaleUpperCase() + text.slice(1);
  return { parameter, message: /[.!?]$/.test(sentence) ? sentence : `${sentence}.` };
}
