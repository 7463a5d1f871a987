package it.storia.extractor.index;

/** The field names of a passage document (package-private constants shared by the writer and the searcher). */
final class PassageFields {
  /** Source key (path, or "id:" + document id): the unit of replacement. */
  static final String SOURCE = "source";
  /** Document id. */
  static final String DOC_ID = "doc";
  /** SHA-256 of the whole document text: re-indexing unchanged content is a no-op. */
  static final String HASH = "hash";
  /** Sentence index (stored + doc values for listing order). */
  static final String SENTENCE = "sentence";
  static final String BEGIN = "begin";
  static final String END = "end";
  /** The passage text, stemmed; stored; indexed with offsets for the highlighter. */
  static final String TEXT = "text";
  /** The passage text, unstemmed. */
  static final String TEXT_EXACT = "text_exact";
  /** Near-duplicate fingerprint of the normalised text. */
  static final String FINGERPRINT = "fp";
  /** MinHash signature of the word bigrams (stored bytes), see {@link NearDuplicates}. */
  static final String SIGNATURE = "sig";
  static final String PERSON = "person";
  static final String PERSON_KEY = "person_key";
  static final String ORG = "org";
  static final String ORG_KEY = "org_key";
  static final String LOCATION = "location";
  /** Folded keys of a place's canonical name, mention text and aliases (version 3): the {@code --place} filter. */
  static final String LOCATION_KEY = "location_key";
  static final String TYPE = "type";
  /** Day ranges of the passage's dates (IntRange of epoch days, one per date; version 4, was years). */
  static final String DAYS = "days";
  /** TimeML values of the passage's dates (stored). */
  static final String DATE = "date";
  /** JSON of the passage's events (stored). */
  static final String EVENTS_JSON = "events_json";
  /** Source path as given, or absent (stored). */
  static final String SOURCE_PATH = "source_path";

  /** Facet dimensions. */
  static final String DIM_PERSON = "persons";
  static final String DIM_ORG = "organizations";
  static final String DIM_LOCATION = "locations";
  static final String DIM_TYPE = "types";

  private PassageFields() {}
}
