/**
 * Det Fælles Designsystem's pagination as plain links (`?page=`), so paging works without
 * JavaScript and every page of results has its own shareable address.
 */
import { pageCount, pageItems } from './paging';
import { pageHref } from './query';
import type { Format } from './texts';

interface Props {
  path: string;
  params: URLSearchParams;
  page: number;
  perPage: number;
  totalHits: number;
  fmt: Format;
}

/** Links to the other pages of results (rel prev/next); nothing when one page holds them all. */
export function Paging({ path, params, page, perPage, totalHits, fmt }: Props) {
  const pages = pageCount(totalHits, perPage);
  if (pages <= 1) return null;
  const link = (n: number) => pageHref(path, params, n);
  return (
    <nav class="pagination search-pagination" aria-label={fmt('search.paging.label')}>
      {page > 1 ? (
        <a href={link(page - 1)} rel="prev" class="button button-arrow button-previous" aria-label={fmt('search.paging.previousPage')}>
          <span class="pagination-nav-link">{fmt('search.paging.previous')}</span>
        </a>
      ) : (
        <span class="button button-arrow button-previous hidden" aria-hidden="true" />
      )}
      <span class="pagination-mobile">{fmt('search.paging.pageOf', { page, pages })}</span>
      <ul class="pagination__items">
        {pageItems(page, pages).map((item, i) =>
          item === 'gap' ? (
            <li key={`gap-${i}`} class="pagination-item pagination-overflow">
              <span class="sr-only">{fmt('search.paging.gap')}</span>
              <span aria-hidden="true">…</span>
            </li>
          ) : (
            <li key={item} class="pagination-item pagination-number">
              <a
                href={link(item)}
                class={item === page ? 'button current-page' : 'button button-secondary'}
                aria-label={fmt('search.paging.page', { page: item })}
                aria-current={item === page ? 'page' : undefined}
              >
                {item}
              </a>
            </li>
          ),
        )}
      </ul>
      {page < pages ? (
        <a href={link(page + 1)} rel="next" class="button button-arrow button-next" aria-label={fmt('search.paging.nextPage')}>
          <span class="pagination-nav-link">{fmt('search.paging.next')}</span>
        </a>
      ) : (
        <span class="button button-arrow button-next hidden" aria-hidden="true" />
      )}
    </nav>
  );
}
