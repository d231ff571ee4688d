package io.secweb.core.feed.adapters;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC-4180 CSV reader: comma-separated fields, fields in double quotes may hold commas, line breaks and
 * doubled quotes ({@code ""}); records end with CRLF, LF or CR. A byte-order mark at the start is dropped and blank
 * lines are skipped. Lenient where spreadsheets are (a quote inside an unquoted field is kept as text), strict where
 * the data would be ambiguous (text after a closing quote, a quote left open at the end of the file).
 * Not thread-safe; one reader per file.
 */
final class CsvReader {
    private final Reader in;
    private int line = 1;
    private int recordLine;
    private int pending = -2; // -2: nothing pushed back
    private boolean started;

    CsvReader(Reader in) {
        this.in = in;
    }

    /** Malformed CSV: the message says what is wrong; {@link #line()} is the physical line (1-based). */
    static final class CsvException extends RuntimeException {
        private final int line;

        CsvException(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    /** The physical line (1-based) on which the record last returned by {@link #next()} starts. */
    int recordLine() {
        return recordLine;
    }

    /** The next record, or null at the end of the input. */
    List<String> next() throws IOException {
        while (true) {
            int c = read();
            if (c == -1) {
                return null;
            }
            if (c == '\r' || c == '\n') {
                endOfLine(c);
                continue; // blank line
            }
            unread(c);
            return record();
        }
    }

    private List<String> record() throws IOException {
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            int c = read();
            if (c == '"' && field.isEmpty()) {
                quoted(field);
                c = read();
                if (c != ',' && c != '\r' && c != '\n' && c != -1) {
                    throw new CsvException(line, "unexpected text after the closing quote of field " + (fields.size() + 1)
                            + " (a quote inside a quoted field must be doubled)");
                }
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n' || c == -1) {
                fields.add(field.toString());
                if (c != -1) {
                    endOfLine(c);
                }
                return fields;
            } else {
                field.append((char) c);
            }
        }
    }

    private void quoted(StringBuilder field) throws IOException {
        int opened = line;
        while (true) {
            int c = read();
            if (c == -1) {
                throw new CsvException(opened, "a quoted field opened on line " + opened + " is not closed before the end of the file");
            }
            if (c == '"') {
                int d = read();
                if (d == '"') {
                    field.append('"');
                    continue;
                }
                unread(d);
                return;
            }
            if (c == '\r' || c == '\n') {
                endOfLine(c);
                field.append('\n');
                continue;
            }
            field.append((char) c);
        }
    }

    /** Counts one line break: CRLF, LF or CR. */
    private void endOfLine(int c) throws IOException {
        if (c == '\r') {
            int d = read();
            if (d != '\n') {
                unread(d);
            }
        }
        line++;
    }

    private int read() throws IOException {
        if (pending != -2) {
            int c = pending;
            pending = -2;
            return c;
        }
        int c = in.read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = in.read();
            }
        }
        return c;
    }

    private void unread(int c) {
        pending = c;
    }
}
