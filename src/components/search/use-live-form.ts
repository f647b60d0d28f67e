/**
 * The search island's hold on the page's GET form (in the browser only): asks `/api/search` as the
 * reader types (after a pause) or changes a filter, cancels answers overtaken by newer ones, sends
 * a submit straight to the tidy address, and takes ArrowDown from the search field to the results.
 */
import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import type { SearchResponse } from '../../../search/types';
import type { Locale } from '../../i18n/locale';
import { apiQuery, refusal } from './live';
import type { FieldError } from './model';
import { formParams, href } from './query';

/** How long the reader may pause between letters before the search runs. */
export const TYPING_PAUSE_MS = 250;

export interface LiveFormOptions {
  formId: string;
  api: string;
  path: string;
  locale: Locale;
  /** The element holding the result links, for ArrowDown. */
  results: RefObject<HTMLElement>;
  /** Called once the form is found: the island now runs in the browser. */
  onReady: () => void;
  onAnswer: (params: URLSearchParams, response: SearchResponse) => void;
  /** The API refused a parameter (half a postal code, say). */
  onRefused: (params: URLSearchParams, error: FieldError) => void;
  onFailed: (error: unknown) => void;
}

/** Connects the island to the form; everything is undone when the island goes away. */
export function useLiveForm(options: LiveFormOptions): void {
  const { formId, api, path, locale, results } = options;
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    options.onReady();

    let timer: ReturnType<typeof setTimeout> | undefined;
    let inFlight: AbortController | undefined;
    const run = async () => {
      const params = formParams(form);
      params.delete('page');
      inFlight?.abort();
      const mine = (inFlight = new AbortController());
      try {
        const answer = await fetch(`${api}?${apiQuery(params, locale)}`, {
          signal: mine.signal,
          headers: { accept: 'application/json' },
        });
        const body: unknown = await answer.json().catch(() => null);
        if (mine.signal.aborted) return;
        const refused = answer.status === 400 ? refusal(body) : null;
        if (refused) return options.onRefused(params, refused);
        if (!answer.ok) throw new Error(`search answered ${answer.status}`);
        history.replaceState(history.state, '', href(path, params));
        options.onAnswer(params, body as SearchResponse);
      } catch (error) {
        if (!mine.signal.aborted) options.onFailed(error);
      }
    };
    const schedule = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(run, ms);
    };
    const onInput = (event: Event) => {
      if ((event.target as HTMLInputElement).name === 'q') schedule(TYPING_PAUSE_MS);
    };
    // A postal code is only looked up on submit: half a postal code is not a place.
    const onChange = (event: Event) => {
      const name = (event.target as HTMLInputElement).name;
      if (name && name !== 'q' && name !== 'postalCode') schedule(0);
    };
    const onKeyDown = (event: Event) => {
      if ((event as KeyboardEvent).key !== 'ArrowDown' || (event.target as HTMLInputElement).name !== 'q') return;
      const first = results.current?.querySelector<HTMLAnchorElement>('.search-hit-title a');
      if (!first) return;
      event.preventDefault();
      first.focus();
    };
    // Submitting goes straight to the tidy address (without JavaScript the server redirects there).
    const onSubmit = (event: Event) => {
      event.preventDefault();
      window.location.assign(href(path, formParams(form)));
    };
    const listeners: [string, EventListener][] = [
      ['submit', onSubmit],
      ['input', onInput],
      ['change', onChange],
      ['keydown', onKeyDown],
    ];
    for (const [type, listener] of listeners) form.addEventListener(type, listener);
    return () => {
      clearTimeout(timer);
      inFlight?.abort();
      for (const [type, listener] of listeners) form.removeEventListener(type, listener);
    };
    // The form is wired once; the callbacks given at the first render are the ones used, which is
    // right because they only call state setters and the formatter, neither of which changes.
  }, [formId, api, path, locale]);
}
