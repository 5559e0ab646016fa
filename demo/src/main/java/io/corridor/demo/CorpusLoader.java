package io.corridor.demo;

/**
 * Loads one part of the corpus (documents, actors, figures) through the public API. Each
 * implementation is listed in META-INF/services and must be idempotent: loading twice changes nothing.
 */
public interface CorpusLoader {

    /** Loaders run in ascending order: documents before the actors and figures that cite them. */
    int order();

    String name();

    /** Loads and answers a one-line summary, e.g. "5 documents (0 new)". */
    String load(Api api, Corpus corpus) throws Exception;
}
