package io.secweb.core.feed.adapters;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A tab-separated file as the news-event datasets publish them: one record per line, fields split on tabs, no quoting
 * (ICEWS event files with a header line, GDELT exports without one). Bytes that are not UTF-8 are replaced rather than
 * fatal: news data carries names in every script and the odd Latin-1 byte. Blank lines are skipped; every other line
 * must have the expected number of fields.
 */
final class TsvFile implements Closeable {
    private final Path file;
    private final String format;
    private final BufferedReader reader;
    private final int width;
    private int line;

    private TsvFile(Path file, String format, BufferedReader reader, int width) {
        this.file = file;
        this.format = format;
        this.reader = reader;
        this.width = width;
    }

    /** Opens a file whose lines have {@code width} fields; the first line is read like any other. */
    static TsvFile open(Path file, String format, int width) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)));
        return new TsvFile(file, format, reader, width);
    }

    /** The fields of the next non-blank line, or null at the end of the file. */
    String[] next() throws IOException {
        String text;
        do {
            text = reader.readLine();
            line++;
            if (text == null) {
                return null;
            }
            if (line == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
        } while (text.isBlank());
        String[] fields = fields(text);
        if (fields.length != width) {
            throw new AdapterException(file + " line " + line + ": not in the " + format + " format: expected " + width
                    + " tab-separated fields, found " + fields.length);
        }
        return fields;
    }

    /** The physical line (1-based) of the record last returned. */
    int line() {
        return line;
    }

    Path file() {
        return file;
    }

    /** A line's fields, split on every tab (trailing empty fields kept), each trimmed. */
    static String[] fields(String text) {
        return Arrays.stream(text.split("\t", -1)).map(String::strip).toArray(String[]::new);
    }

    /** The fields of a first line read for format detection. */
    static List<String> header(String firstLine) {
        return List.of(fields(firstLine));
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
