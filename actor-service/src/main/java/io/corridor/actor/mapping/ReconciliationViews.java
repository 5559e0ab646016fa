package io.corridor.actor.mapping;

import java.util.List;
import java.util.stream.Collectors;

import io.corridor.actor.ActorEntity;
import io.corridor.actor.ActorName;
import io.corridor.actor.api.ReconciliationType;

/** What the reconciliation API shows of an actor: its properties, a one-line description and a preview card. */
public final class ReconciliationViews {

    /** Properties a query may give to narrow candidates and a data extension may ask for. */
    public static final List<ReconciliationType> PROPERTIES = List.of(
            new ReconciliationType("country", "country (ISO 3166-1 alpha-3)"),
            new ReconciliationType("kind", "kind"),
            new ReconciliationType("key", "key"),
            new ReconciliationType("wikidata", "Wikidata item"),
            new ReconciliationType("start", "start date"),
            new ReconciliationType("end", "end date"),
            new ReconciliationType("description", "description"));

    private ReconciliationViews() {
    }

    /** The actor's value of a property, as text; null when it has none. */
    public static String property(ActorEntity a, String pid) {
        return switch (pid) {
            case "country" -> a.country;
            case "kind" -> a.kind.code();
            case "key" -> a.key;
            case "wikidata" -> a.wikidata;
            case "start" -> a.startDate;
            case "end" -> a.endDate;
            case "description" -> a.description;
            default -> null;
        };
    }

    /** Country and dates, then the description: what tells two namesakes apart in a list of candidates. */
    public static String description(ActorEntity a) {
        StringBuilder text = new StringBuilder();
        if (a.country != null) {
            text.append(a.country);
        }
        if (a.startDate != null || a.endDate != null) {
            text.append(text.isEmpty() ? "" : ", ").append(a.startDate == null ? "…" : a.startDate).append("–")
                    .append(a.endDate == null ? "" : a.endDate);
        }
        if (a.description != null) {
            String d = a.description.length() > 200 ? a.description.substring(0, 200) + "…" : a.description;
            text.append(text.isEmpty() ? "" : ". ").append(d);
        }
        return text.isEmpty() ? null : text.toString();
    }

    /** A small HTML card (OpenRefine shows it in an iframe of the manifest's preview size). Every text is escaped. */
    public static String preview(ActorEntity a, List<ActorName> names) {
        String others = names.stream().filter(n -> !n.name.equals(a.name)).map(n -> escape(n.name)).distinct()
                .collect(Collectors.joining(", "));
        String description = description(a);
        return "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>" + escape(a.name) + "</title></head>"
                + "<body style=\"margin:4px;font:13px sans-serif\"><p><strong>" + escape(a.name) + "</strong> ("
                + escape(a.kind.code().replace('_', ' ')) + ", #" + a.id + ")</p>"
                + (others.isEmpty() ? "" : "<p>Also: " + others + "</p>")
                + (description == null ? "" : "<p>" + escape(description) + "</p>") + "</body></html>";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
