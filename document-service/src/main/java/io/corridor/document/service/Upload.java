package io.corridor.document.service;

import java.nio.file.Path;

/** An uploaded file as the multipart layer stored it: a temporary file, its name, declared type and size. */
public record Upload(Path file, String fileName, String contentType, long size) {
}
