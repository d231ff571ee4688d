package io.secweb.core.feed.adapters;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A UTF-8 CSV file with a header row, read row by row with {@link CsvReader}. Opening checks that the header has the
 * columns a format needs; every row must have as many fields as the header. Problems are reported as
 * {@link AdapterException}s naming the file, the line and what was expected.
 */
final class CsvFile implements Closeable {
    private final Path file;
    private final CsvReader reader;
    private final BufferedReader source;
    private final Map<String, Integer> columns;
    private final List<String> names;
    private final int width;

    private CsvFile(Path file, BufferedReader source, CsvReader reader, List<String> header) {
        this.file = file;
        this.source = source;
        this.reader = reader;
        this.width = header.size();
        Map<String, Integer> cols = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            cols.putIfAbsent(header.get(i).trim(), i);
        }
        this.columns = cols;
        this.names = header.stream().map(String::trim).toList();
    }

    /**
     * Opens the file and reads its header. Column names are matched exactly (after trimming) unless
     * {@code ignoreCase}.
     *
     * @throws AdapterException when the file is empty or the header lacks one of {@code required}
     */
    static CsvFile open(Path file, String format, List<String> required, boolean ignoreCase) throws IOException {
        BufferedReader source = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
        try {
            CsvReader reader = new CsvReader(source);
            List<String> header = next(file, reader);
            if (header == null) {
                throw new AdapterException(file + ": empty file, expected a " + format + " header line");
            }
            List<String> names = ignoreCase ? header.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList() : header;
            List<String> missing = new ArrayList<>();
            for (String column : required) {
                String wanted = ignoreCase ? column.toLowerCase(Locale.ROOT) : column;
                if (names.stream().noneMatch(n -> n.trim().equals(wanted))) {
                    missing.add(column);
                }
            }
            if (!missing.isEmpty()) {
                throw new AdapterException(file + " line " + reader.recordLine() + ": not in the " + format + " format: the header lacks "
                        + missing + " (expected columns " + required + ")");
            }
            return new CsvFile(file, source, reader, names);
        } catch (IOException | RuntimeException e) {
            source.close();
            throw e;
        }
    }

    /** The next data row, or null at the end of the file. */
    CsvRow next() throws IOException {
        List<String> fields = next(file, reader);
        if (fields == null) {
            return null;
        }
        if (fields.size() != width) {
            throw new AdapterException(file + " line " + reader.recordLine() + ": expected " + width
                    + " fields as in the header, found " + fields.size());
        }
        return new CsvRow(this, fields, reader.recordLine());
    }

    private static List<String> next(Path file, CsvReader reader) throws IOException {
        try {
            return reader.next();
        } catch (CsvReader.CsvException e) {
            throw new AdapterException(file + " line " + e.line() + ": malformed CSV: " + e.getMessage());
        } catch (CharacterCodingException e) {
            throw new AdapterException(file + " near line " + reader.recordLine() + ": not UTF-8 text (" + e.getMessage() + ")");
        }
    }

    Path file() {
        return file;
    }

    /** The column names in header order. */
    List<String> columns() {
        return names;
    }

    int index(String column) {
        Integer i = columns.get(column);
        if (i == null) {
            throw new IllegalArgumentException("no column " + column + " in " + file);
        }
        return i;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }

    /** Reads the first line of a file for format detection: UTF-8, without a byte-order mark; "" for an empty file. */
    static String firstLine(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            if (line == null) {
                return "";
            }
            return line.startsWith("\uFEFF") ? line.substring(1) : line;
        } catch (CharacterCodingException e) {
            return "";
        }
    }

    /** The column names of a header line, trimmed; empty when the line is not readable CSV. */
    static List<String> headerOf(String firstLine) {
        try {
            List<String> fields = new CsvReader(new StringReader(firstLine)).next();
            return fields == null ? List.of() : fields.stream().map(String::trim).toList();
        } catch (IOException | CsvReader.CsvException e) {
            return List.of();
        }
    }
}
