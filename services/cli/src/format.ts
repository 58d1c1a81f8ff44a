import type { Article, ExtractedEvent } from '@assay/schema';

function slotsOf(event: ExtractedEvent): string {
  switch (event.type) {
    case 'tariff': {
      const rate = event.rate_pct === null ? '' : ` ${event.rate_pct}%`;
      const goods = event.goods ? ` on ${event.goods}` : '';
      return `${event.imposer} → ${event.target ?? '?'}: ${event.action}${rate}${goods}`;
    }
    case 'relocation':
      return `${event.company}: ${event.scope} ${event.from ?? '?'} → ${event.to} (${event.status})`;
    case 'blacklisting':
      return `${event.authority}${event.list ? ` ${event.list}` : ''}: ${event.action} ${event.entity}`;
    case 'export_restriction':
      return `${event.imposer} → ${event.target ?? '?'}: ${event.action} export restriction on ${event.goods}`;
  }
}

/** A readable summary of one article's events: each event, its slots and its quote. */
export function formatEvents(input: string, article: Article, events: ExtractedEvent[]): string {
  const lines = [
    `${input}`,
    `  ${article.title || '(untitled)'}${article.published ? ` · ${article.published}` : ''}`,
  ];
  if (events.length === 0) lines.push('  no events');
  for (const event of events) {
    const date = event.date ? ` · ${event.date}` : '';
    lines.push(`  ${event.type.padEnd(12)} ${slotsOf(event)}${date} · confidence ${event.confidence}`);
    lines.push(`    “${event.citation.quote.replace(/\s+/g, ' ')}”`);
  }
  return `${lines.join('\n')}\n\n`;
}
