package io.corridor.remittance.mapping;

import java.util.regex.Pattern;

/**
 * A cell of a CSV this service writes, made safe to open in a spreadsheet (OWASP "CSV injection"): text starting
 * with =, +, -, @, a tab or a carriage return would be read as a formula, so it gets a leading single quote, which
 * spreadsheets show as text. A plain number stays a number: "-0.5" is no formula, and a quote would turn the figure
 * into text in every spreadsheet.
 */
public final class CsvCell {

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private CsvCell() {
    }

    public static Object safe(Object cell) {
        if (!(cell instanceof String text) || text.isEmpty()) {
            return cell;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula && !NUMBER.matcher(text).matches() ? "'" + text : text;
    }
}
