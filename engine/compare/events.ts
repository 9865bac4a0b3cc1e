import type { Event } from '../schema.ts';
import type { ArticleClaims } from '../article/claims.ts';

/** Group articles into events (STUB: the manifest's event, else one per article). */
export function groupEvents(articles: ArticleClaims[]): Event[] {
  const byId = new Map<string, Event>();
  for (const a of articles) {
    const id = a.doc.event ?? `event-${a.doc.id}`;
    const event = byId.get(id) ?? { id, label: id, date: a.doc.published, articleIds: [] };
    event.articleIds.push(a.doc.id);
    byId.set(id, event);
  }
  return [...byId.values()].sort((x, y) => x.id.localeCompare(y.id));
}
