import { describe, expect, it } from 'vitest';
import { Counter, Histogram, renderPrometheus } from './prometheus';

describe('renderPrometheus', () => {
  it('writes a counter with HELP, TYPE and one line per label set', () => {
    const requests = new Counter('indgang_http_requests_total', 'HTTP requests answered.');
    requests.inc({ method: 'GET', route: '/aktiviteter/[slug]', status: '200' });
    requests.inc({ status: '200', route: '/aktiviteter/[slug]', method: 'GET' });
    requests.inc({ method: 'POST', route: '/login', status: '303' }, 2);
    expect(renderPrometheus([requests.family()])).toBe(
      [
        '# HELP indgang_http_requests_total HTTP requests answered.',
        '# TYPE indgang_http_requests_total counter',
        'indgang_http_requests_total{method="GET",route="/aktiviteter/[slug]",status="200"} 2',
        'indgang_http_requests_total{method="POST",route="/login",status="303"} 2',
        '',
      ].join('\n'),
    );
  });

  it('writes a histogram as cumulative buckets, +Inf, sum and count', () => {
    const duration = new Histogram('indgang_http_request_duration_seconds', 'Time to answer.', [0.1, 1]);
    duration.observe({ route: '/' }, 0.05);
    duration.observe({ route: '/' }, 0.5);
    duration.observe({ route: '/' }, 3);
    expect(renderPrometheus([duration.family()]).split('\n')).toEqual([
      '# HELP indgang_http_request_duration_seconds Time to answer.',
      '# TYPE indgang_http_request_duration_seconds histogram',
      'indgang_http_request_duration_seconds_bucket{route="/",le="0.1"} 1',
      'indgang_http_request_duration_seconds_bucket{route="/",le="1"} 2',
      'indgang_http_request_duration_seconds_bucket{route="/",le="+Inf"} 3',
      'indgang_http_request_duration_seconds_sum{route="/"} 3.55',
      'indgang_http_request_duration_seconds_count{route="/"} 3',
      '',
    ]);
  });

  it('escapes quotes, backslashes and newlines in label values and help', () => {
    const odd = new Counter('odd_total', 'Two\nlines \\ here.');
    odd.inc({ route: 'a"b\\c\nd' });
    expect(renderPrometheus([odd.family()])).toBe(
      '# HELP odd_total Two\\nlines \\\\ here.\n# TYPE odd_total counter\nodd_total{route="a\\"b\\\\c\\nd"} 1\n',
    );
  });

  it('writes a gauge without labels, and special values as the format spells them', () => {
    const text = renderPrometheus([
      { name: 'g', help: 'A gauge.', type: 'gauge', samples: [{ value: 42 }, { labels: { k: 'nan' }, value: NaN }, { labels: { k: 'inf' }, value: Infinity }] },
    ]);
    expect(text).toBe('# HELP g A gauge.\n# TYPE g gauge\ng 42\ng{k="nan"} NaN\ng{k="inf"} +Inf\n');
  });

  it('counts nothing it was not told', () => {
    const c = new Counter('c_total', 'C.');
    expect(c.get({ a: '1' })).toBe(0);
    expect(renderPrometheus([c.family()])).toBe('# HELP c_total C.\n# TYPE c_total counter\n');
  });
});
