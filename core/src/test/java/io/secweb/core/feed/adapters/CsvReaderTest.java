package io.secweb.core.feed.adapters;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvReaderTest {

    private static List<List<String>> read(String text) throws IOException {
        CsvReader reader = new CsvReader(new StringReader(text));
        List<List<String>> records = new ArrayList<>();
        for (List<String> r = reader.next(); r != null; r = reader.next()) {
            records.add(r);
        }
        return records;
    }

    @Test
    void splitsPlainFieldsKeepingEmptyOnes() throws IOException {
        assertThat(read("a,b,,d\n,,\n")).containsExactly(List.of("a", "b", "", "d"), List.of("", "", ""));
    }

    @Test
    void quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() throws IOException {
        assertThat(read("\"Sattahip, Thailand\",\"say \"\"hi\"\"\",\"two\nlines\"\nx,y,z\n"))
                .containsExactly(List.of("Sattahip, Thailand", "say \"hi\"", "two\nlines"), List.of("x", "y", "z"));
    }

    @Test
    void acceptsCrLfLfAndCrLineEndsAndALastLineWithoutOne() throws IOException {
        assertThat(read("a,b\r\nc,d\ne,f\rg,h")).containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e", "f"), List.of("g", "h"));
    }

    @Test
    void crLfInsideAQuotedFieldBecomesOneLineBreak() throws IOException {
        assertThat(read("\"one\r\ntwo\",x\r\n")).containsExactly(List.of("one\ntwo", "x"));
    }

    @Test
    void dropsAByteOrderMarkAndSkipsBlankLines() throws IOException {
        assertThat(read("\uFEFFid,name\n\n1,x\n\n")).containsExactly(List.of("id", "name"), List.of("1", "x"));
    }

    @Test
    void keepsAQuoteInsideAnUnquotedFieldAsText() throws IOException {
        assertThat(read("Côte d\"Ivoire,5 \"inch\"\n")).containsExactly(List.of("Côte d\"Ivoire", "5 \"inch\""));
    }

    @Test
    void reportsTheLineEachRecordStartsOn() throws IOException {
        CsvReader reader = new CsvReader(new StringReader("h1,h2\n\"multi\nline\",x\n\nlast,y\n"));
        reader.next();
        assertThat(reader.recordLine()).isEqualTo(1);
        reader.next();
        assertThat(reader.recordLine()).isEqualTo(2);
        reader.next();
        assertThat(reader.recordLine()).isEqualTo(5);
        assertThat(reader.next()).isNull();
    }

    @Test
    void aQuoteLeftOpenIsAnErrorNamingTheLineItOpenedOn() {
        assertThatThrownBy(() -> read("a,b\n1,\"never\nclosed\n"))
                .isInstanceOf(CsvReader.CsvException.class)
                .hasMessageContaining("opened on line 2")
                .satisfies(e -> assertThat(((CsvReader.CsvException) e).line()).isEqualTo(2));
    }

    @Test
    void textAfterAClosingQuoteIsAnError() {
        assertThatThrownBy(() -> read("a,b\n\"x\"y,z\n"))
                .isInstanceOf(CsvReader.CsvException.class)
                .hasMessageContaining("after the closing quote of field 1")
                .satisfies(e -> assertThat(((CsvReader.CsvException) e).line()).isEqualTo(2));
    }
}
