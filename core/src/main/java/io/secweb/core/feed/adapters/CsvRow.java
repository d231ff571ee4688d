package io.secweb.core.feed.adapters;

import java.util.List;
import java.util.OptionalInt;

/** One data row of a {@link CsvFile}: fields by column name, with the line it starts on for error messages. */
final class CsvRow {
    private final CsvFile file;
    private final List<String> fields;
    private final int line;

    CsvRow(CsvFile file, List<String> fields, int line) {
        this.file = file;
        this.fields = fields;
        this.line = line;
    }

    int line() {
        return line;
    }

    /** The field, trimmed ("" when empty). */
    String get(String column) {
        return fields.get(file.index(column)).trim();
    }

    /** A required whole number; anything else is a malformed row. */
    int integer(String column) {
        String v = get(column);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw malformed(column, v, "a whole number");
        }
    }

    /** An optional whole number: empty gives empty; anything else not a whole number is a malformed row. */
    OptionalInt optionalInteger(String column) {
        String v = get(column);
        if (v.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(v));
        } catch (NumberFormatException e) {
            throw malformed(column, v, "a whole number or nothing");
        }
    }

    /** "1" is true, "0" or empty false; anything else is a malformed row. */
    boolean flag(String column) {
        String v = get(column);
        return switch (v) {
            case "1" -> true;
            case "0", "" -> false;
            default -> throw malformed(column, v, "0 or 1");
        };
    }

    AdapterException malformed(String column, String value, String expected) {
        return new AdapterException(file.file() + " line " + line + ": column " + column + " is '" + value + "', expected " + expected);
    }

    AdapterException malformed(String message) {
        return new AdapterException(file.file() + " line " + line + ": " + message);
    }
}
