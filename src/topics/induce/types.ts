/** One topic induced from the catalog, as `content/topics.induced.yaml` keeps it. */
export interface InducedTopic {
  /** URL-safe id; stays once published, whatever the name becomes. */
  slug: string;
  /** Display name: the form most papers write, with its abbreviation. */
  name: string;
  /** Canonical phrase keys that are evidence for the topic, most written first. */
  phrases: string[];
  /** Slug of the broad topic this one is part of. */
  parent?: string | undefined;
}
