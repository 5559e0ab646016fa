package io.corridor.document.service;

import io.corridor.document.extraction.Extraction;

/** A file read, hashed and extracted, ready to be stored as a version. */
public record StoredFile(byte[] bytes, String sha256, String fileName, Extraction extraction) {
}
