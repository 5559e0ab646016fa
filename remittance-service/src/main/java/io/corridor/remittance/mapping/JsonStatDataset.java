package io.corridor.remittance.mapping;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.corridor.remittance.Indicator;
import io.corridor.remittance.api.Observation;
import io.corridor.remittance.mapping.ObservationCube.Dimension;
import io.corridor.support.paging.Page;

/**
 * A page of observations as a JSON-stat 2.0 dataset ({@value #MEDIA_TYPE}): dimensions indicator, country,
 * counterpart, sex, source and period (roles metric, geo and time), values and statuses as objects keyed by the
 * value's position in the cube (row-major, the last dimension fastest), so that a sparse page stays small. Per-value
 * footnotes and release dates, which JSON-stat has no place for, go in {@code extension}, keyed the same way.
 */
public final class JsonStatDataset {

    /** JSON-stat has no IANA-registered media type; this is the one publishers' clients ask for beside application/json. */
    public static final String MEDIA_TYPE = "application/json-stat+json";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Map<String, String> SEX = Map.of("total", "Total", "female", "Female", "male", "Male");

    private JsonStatDataset() {
    }

    public static ObjectNode of(Indicator indicator, Page<Observation> page, String self, String next) {
        ObservationCube cube = new ObservationCube(page.items());
        ObjectNode dataset = JSON.objectNode();
        dataset.put("version", "2.0");
        dataset.put("class", "dataset");
        dataset.put("href", self);
        dataset.put("label", indicator.nameEn);
        dataset.put("source", indicator.source);
        page.items().stream().map(Observation::releaseDate).filter(d -> d != null).max(LocalDate::compareTo)
                .ifPresent(d -> dataset.put("updated", d.toString()));
        ArrayNode ids = dataset.putArray("id");
        ArrayNode size = dataset.putArray("size");
        for (String id : List.of("indicator", "country", "counterpart", "sex", "source", "period")) {
            ids.add(id);
        }
        size.add(1);
        for (Dimension d : List.of(Dimension.COUNTRY, Dimension.COUNTERPART, Dimension.SEX, Dimension.SOURCE, Dimension.PERIOD)) {
            size.add(cube.size(d));
        }
        ObjectNode role = dataset.putObject("role");
        role.putArray("time").add("period");
        role.putArray("geo").add("country");
        role.putArray("metric").add("indicator");

        ObjectNode dimension = dataset.putObject("dimension");
        ObjectNode metric = category(dimension, "indicator", "Indicator", List.of(indicator.code));
        metric.putObject("label").put(indicator.code, indicator.nameEn);
        metric.putObject("unit").putObject(indicator.code).put("label", indicator.unit).put("decimals", indicator.multiplier == 0 ? 0 : 2);
        category(dimension, "country", "Country or area (ISO 3166-1 alpha-3 or World Bank code)", cube.categories(Dimension.COUNTRY));
        ObjectNode counterpart = category(dimension, "counterpart", "Counterpart country or area",
                cube.categories(Dimension.COUNTERPART).stream().map(c -> c.isEmpty() ? "none" : c).toList());
        if (cube.categories(Dimension.COUNTERPART).contains("")) {
            counterpart.putObject("label").put("none", "No counterpart");
        }
        ObjectNode sex = category(dimension, "sex", "Sex", cube.categories(Dimension.SEX));
        ObjectNode sexLabels = sex.putObject("label");
        cube.categories(Dimension.SEX).forEach(s -> sexLabels.put(s, SEX.getOrDefault(s, s)));
        List<String> sources = cube.categories(Dimension.SOURCE);
        ObjectNode source = category(dimension, "source", "Source", indexIds("S", sources.size()));
        ObjectNode sourceLabels = source.putObject("label");
        for (int i = 0; i < sources.size(); i++) {
            sourceLabels.put("S" + i, sources.get(i));
        }
        category(dimension, "period", "Period", cube.categories(Dimension.PERIOD));

        ObjectNode value = dataset.putObject("value");
        ObjectNode status = JSON.objectNode();
        ObjectNode footnotes = JSON.objectNode();
        ObjectNode releases = JSON.objectNode();
        int[] sizes = { cube.size(Dimension.COUNTRY), cube.size(Dimension.COUNTERPART), cube.size(Dimension.SEX),
                cube.size(Dimension.SOURCE), cube.size(Dimension.PERIOD) };
        for (Observation o : cube.observations()) {
            long position = 0;
            int i = 0;
            for (Dimension d : List.of(Dimension.COUNTRY, Dimension.COUNTERPART, Dimension.SEX, Dimension.SOURCE, Dimension.PERIOD)) {
                position = position * sizes[i++] + cube.position(o, d);
            }
            String key = Long.toString(position);
            if (o.value() == null) {
                value.putNull(key);
            } else {
                value.put(key, o.value());
            }
            if (!"normal".equals(o.status())) {
                status.put(key, o.status());
            }
            if (o.caveats() != null && o.caveats().footnote() != null) {
                footnotes.put(key, o.caveats().footnote());
            }
            if (o.releaseDate() != null) {
                releases.put(key, o.releaseDate().toString());
            }
        }
        if (!status.isEmpty()) {
            dataset.set("status", status);
        }
        if (next != null) {
            dataset.putObject("link").putArray("next").addObject().put("href", next).put("class", "dataset");
        }
        ObjectNode extension = dataset.putObject("extension");
        extension.put("page", page.page()).put("size", page.size()).put("total", page.total());
        if (!footnotes.isEmpty()) {
            extension.set("footnote", footnotes);
        }
        extension.set("releaseDate", releases);
        return dataset;
    }

    private static ObjectNode category(ObjectNode dimensions, String id, String label, List<String> index) {
        ObjectNode dimension = dimensions.putObject(id);
        dimension.put("label", label);
        ObjectNode category = dimension.putObject("category");
        ArrayNode ids = category.putArray("index");
        index.forEach(ids::add);
        return category;
    }

    private static List<String> indexIds(String prefix, int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> prefix + i).toList();
    }
}
