package io.corridor.remittance.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The paging of a World Bank API v2 answer, read from its first element ({@code {"page":1,"pages":3,"per_page":1000,
 * ...}}) without reading the rows. An answer without it (an error message, not JSON) counts as one page: its reader
 * says what is wrong with it.
 */
public record WorldBankPaging(int pages, int perPage) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static WorldBankPaging of(Path page, int askedPerPage) throws IOException {
        try (InputStream in = Files.newInputStream(page); JsonParser p = new JsonFactory(JSON).createParser(in)) {
            if (p.nextToken() != JsonToken.START_ARRAY || p.nextToken() != JsonToken.START_OBJECT) {
                return new WorldBankPaging(1, askedPerPage);
            }
            JsonNode meta = p.readValueAsTree();
            return new WorldBankPaging(Math.max(1, meta.path("pages").asInt(1)), Math.max(1, meta.path("per_page").asInt(askedPerPage)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return new WorldBankPaging(1, askedPerPage);
        }
    }
}
