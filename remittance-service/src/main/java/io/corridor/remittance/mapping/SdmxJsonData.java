package io.corridor.remittance.mapping;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.corridor.remittance.Indicator;
import io.corridor.remittance.api.Observation;
import io.corridor.remittance.mapping.ObservationCube.Dimension;
import io.corridor.support.paging.Page;

/**
 * A page of observations as an SDMX-JSON 2.0.0 data message ({@value #MEDIA_TYPE}): one structure and one data set,
 * time series by country, counterpart, sex and source (dimensionAtObservation=TIME_PERIOD), the indicator at data-set
 * level. Observations carry OBS_STATUS (SDMX CL_OBS_STATUS codes), COMMENT_OBS (the publisher's footnote), UNIT_MULT and
 * UNIT_MEASURE as published, and Corridor's RELEASE_DATE (the vintage) as observation-level attributes.
 */
public final class SdmxJsonData {

    public static final String MEDIA_TYPE = "application/vnd.sdmx.data+json;version=2.0.0";
    static final String SCHEMA = "https://raw.githubusercontent.com/sdmx-twg/sdmx-json/master/data-message/tools/schemas/2.0.0/"
            + "sdmx-json-data-schema.json";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** An observation-level attribute: its id, name and how an observation gives its value (null: none). */
    private record Attribute(String id, String name, Function<Observation, Object> of, boolean coded) {
    }

    private static final List<Attribute> ATTRIBUTES = List.of(
            new Attribute("OBS_STATUS", "Observation status", SdmxJsonData::obsStatus, true),
            new Attribute("COMMENT_OBS", "Observation comment (the publisher's footnote)",
                    o -> o.caveats() == null ? null : o.caveats().footnote(), false),
            new Attribute("UNIT_MULT", "Unit multiplier as published (values are stored multiplied out)",
                    o -> o.caveats() == null ? null : o.caveats().unitMultiplier(), false),
            new Attribute("UNIT_MEASURE", "Unit of measure as published", o -> o.caveats() == null ? null : o.caveats().unitMeasure(), false),
            new Attribute("RELEASE_DATE", "The publisher's release date of this value (its vintage)",
                    o -> o.releaseDate() == null ? null : o.releaseDate().toString(), false));

    private SdmxJsonData() {
    }

    public static ObjectNode of(Indicator indicator, Page<Observation> page, String self, String next) {
        ObservationCube cube = new ObservationCube(page.items());
        ObjectNode message = JSON.objectNode();
        ObjectNode meta = message.putObject("meta");
        meta.put("schema", SCHEMA);
        meta.put("id", "CORRIDOR-" + UUID.randomUUID());
        meta.put("test", false);
        meta.put("prepared", OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        meta.putArray("contentLanguages").add("en");
        meta.putObject("sender").put("id", "CORRIDOR").put("name", "Corridor remittance-service");

        ObjectNode data = message.putObject("data");
        ObjectNode structure = data.putArray("structures").addObject();
        structure.put("name", indicator.nameEn);
        structure.putArray("dataSets").add(0);
        ObjectNode dimensions = structure.putObject("dimensions");
        ObjectNode indicatorDimension = dimensions.putArray("dataSet").addObject();
        indicatorDimension.put("id", "INDICATOR").put("name", "Indicator").put("keyPosition", 0);
        ObjectNode code = indicatorDimension.putArray("values").addObject();
        code.put("id", sdmxId(indicator.code)).put("name", indicator.nameEn);

        ArrayNode series = dimensions.putArray("series");
        seriesDimension(series, "REF_AREA", "Reference area", 1, "REF_AREA", cube.categories(Dimension.COUNTRY), v -> v);
        seriesDimension(series, "COUNTERPART_AREA", "Counterpart area", 2, null, cube.categories(Dimension.COUNTERPART),
                v -> v.isEmpty() ? "_Z" : v);
        seriesDimension(series, "SEX", "Sex", 3, null, cube.categories(Dimension.SEX), SdmxJsonData::sex);
        ObjectNode source = series.addObject().put("id", "SOURCE").put("name", "Source").put("keyPosition", 4);
        ArrayNode sources = source.putArray("values");
        for (String s : cube.categories(Dimension.SOURCE)) {
            sources.addObject().put("value", s);
        }
        ObjectNode time = dimensions.putArray("observation").addObject();
        time.put("id", "TIME_PERIOD").put("name", "Time period").put("keyPosition", 5);
        time.putArray("roles").add("TIME_PERIOD");
        ArrayNode periods = time.putArray("values");
        for (String p : cube.categories(Dimension.PERIOD)) {
            Observation o = cube.period(p);
            periods.addObject().put("value", p).put("start", o.periodStart() + "T00:00:00Z").put("end", o.periodEnd() + "T23:59:59Z");
        }
        ObjectNode measure = structure.putObject("measures").putArray("observation").addObject();
        measure.put("id", "OBS_VALUE").put("name", indicator.nameEn + " (" + indicator.unit + ")");

        // attribute values are indexed per attribute; only attributes some observation has are described
        List<Attribute> present = new ArrayList<>();
        List<Map<Object, Integer>> valueIndex = new ArrayList<>();
        for (Attribute a : ATTRIBUTES) {
            Map<Object, Integer> values = new LinkedHashMap<>();
            for (Observation o : cube.observations()) {
                Object v = a.of.apply(o);
                if (v != null) {
                    values.putIfAbsent(v, values.size());
                }
            }
            if (!values.isEmpty()) {
                present.add(a);
                valueIndex.add(values);
            }
        }
        ArrayNode attributes = structure.putObject("attributes").putArray("observation");
        for (int i = 0; i < present.size(); i++) {
            Attribute a = present.get(i);
            ObjectNode attribute = attributes.addObject().put("id", a.id).put("name", a.name);
            attribute.putObject("relationship").putObject("observation");
            ArrayNode values = attribute.putArray("values");
            for (Object v : valueIndex.get(i).keySet()) {
                ObjectNode value = values.addObject();
                if (a.coded) {
                    value.put("id", v.toString()).put("name", statusName(v.toString()));
                } else if (v instanceof Integer n) {
                    value.put("value", n);
                } else {
                    value.put("value", v.toString());
                }
            }
        }

        ObjectNode dataSet = data.putArray("dataSets").addObject();
        dataSet.put("structure", 0);
        dataSet.put("action", "Information");
        ArrayNode links = dataSet.putArray("links");
        links.addObject().put("href", self).put("rel", "self");
        if (next != null) {
            links.addObject().put("href", next).put("rel", "next");
        }
        ObjectNode seriesSet = dataSet.putObject("series");
        for (Observation o : cube.observations()) {
            String key = cube.position(o, Dimension.COUNTRY) + ":" + cube.position(o, Dimension.COUNTERPART) + ":"
                    + cube.position(o, Dimension.SEX) + ":" + cube.position(o, Dimension.SOURCE);
            ObjectNode one = seriesSet.has(key) ? (ObjectNode) seriesSet.get(key) : seriesSet.putObject(key);
            ObjectNode observations = one.has("observations") ? (ObjectNode) one.get("observations") : one.putObject("observations");
            ArrayNode values = observations.putArray(Integer.toString(cube.position(o, Dimension.PERIOD)));
            if (o.value() == null) {
                values.addNull();
            } else {
                values.add(o.value());
            }
            for (int i = 0; i < present.size(); i++) {
                Object v = present.get(i).of.apply(o);
                if (v == null) {
                    values.addNull();
                } else {
                    values.add(valueIndex.get(i).get(v));
                }
            }
        }
        return message;
    }

    private static void seriesDimension(ArrayNode series, String id, String name, int position, String role, List<String> categories,
            Function<String, String> code) {
        ObjectNode dimension = series.addObject().put("id", id).put("name", name).put("keyPosition", position);
        if (role != null) {
            dimension.putArray("roles").add(role);
        }
        ArrayNode values = dimension.putArray("values");
        for (String c : categories) {
            String coded = code.apply(c);
            values.addObject().put("id", coded).put("name", coded.equals("_Z") ? "Not applicable" : coded.equals("_T") ? "Total"
                    : coded.equals("F") ? "Female" : coded.equals("M") && id.equals("SEX") ? "Male" : coded);
        }
    }

    /** SDMX CL_SEX: _T total, F female, M male. */
    private static String sex(String sex) {
        return switch (sex) {
            case "female" -> "F";
            case "male" -> "M";
            default -> "_T";
        };
    }

    /** SDMX CL_OBS_STATUS: A normal, E estimated (a model's estimate too), P provisional, F forecast, M missing. */
    private static String obsStatus(Observation o) {
        return switch (o.status()) {
            case "estimate", "modelled" -> "E";
            case "provisional" -> "P";
            case "forecast" -> "F";
            case "missing" -> "M";
            default -> "A";
        };
    }

    private static String statusName(String code) {
        return switch (code) {
            case "E" -> "Estimated value";
            case "P" -> "Provisional value";
            case "F" -> "Forecast value";
            case "M" -> "Missing value";
            default -> "Normal value";
        };
    }

    /** An indicator code as an SDMX id (letters, digits, _ @ $ -): dots become underscores, as SDMX dataflows write them. */
    static String sdmxId(String code) {
        return code.replaceAll("[^A-Za-z0-9_@$-]", "_");
    }
}
