import type { Topic } from '../../topics/types.ts';
import type { SuggestableTopic } from '../close-topics.ts';
import { topicKeys } from './topic-keys.ts';

/**
 * /search/topics.json: every topic with a page, its name, aliases, key and paper count.
 * The search loads it with Pagefind as its alias table (src/search/topic-aliases.ts):
 * a query naming a topic also searches for the topic's key, which its papers carry
 * instead of the aliases. A search with no results offers topics from it
 * (src/search/close-topics.ts). Throws when two topics would share a key.
 */
export function topicList(topics: readonly (Pick<Topic, 'slug' | 'name' | 'aliases'> & { papers: readonly unknown[] })[]): SuggestableTopic[] {
  const keys = topicKeys(topics.map((t) => t.slug));
  return topics.map((t) => ({ slug: t.slug, key: keys.get(t.slug)!, name: t.name, aliases: [...t.aliases], papers: t.papers.length }));
}
