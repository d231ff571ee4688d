package io.secweb.dashboard;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryParamsTest {
    private static final Set<String> ALLOWED = Set.of("scope", "as_of", "country", "names", "limit", "ids");

    @Test
    void readsDecodedValues() {
        QueryParams p = QueryParams.parse("scope=us-alliance-system&as_of=2024-06-30&country=phl&names=density,%20modularity", ALLOWED);

        assertThat(p.required("scope")).isEqualTo("us-alliance-system");
        assertThat(p.date("as_of")).contains(LocalDate.of(2024, 6, 30));
        assertThat(p.country("country")).contains("PHL");
        assertThat(p.names("names", List.of("density", "modularity"))).contains(List.of("density", "modularity"));
        assertThat(p.integer("limit", 50, 1, 100)).isEqualTo(50);
    }

    @Test
    void anEmptyValueCountsAsAbsent() {
        assertThat(QueryParams.parse("as_of=", ALLOWED).date("as_of")).isEmpty();
    }

    @Test
    void refusesADateThatDoesNotExist() {
        assertThatThrownBy(() -> QueryParams.parse("as_of=2024-02-30", ALLOWED).date("as_of"))
                .isInstanceOf(ApiException.class)
                .hasMessage("parameter 'as_of': '2024-02-30' is not a date (expected yyyy-mm-dd, e.g. 2024-06-17)")
                .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(400));
    }

    @Test
    void refusesAnUnknownParameterListingTheKnownOnes() {
        assertThatThrownBy(() -> QueryParams.parse("scope=quad&asof=2024-01-01", ALLOWED))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("unknown parameter 'asof'")
                .hasMessageContaining("as_of, country, ids, limit, names, scope");
    }

    @Test
    void refusesARepeatedParameter() {
        assertThatThrownBy(() -> QueryParams.parse("scope=a&scope=b", ALLOWED)).hasMessageContaining("more than once");
    }

    @Test
    void refusesAMissingRequiredParameter() {
        assertThatThrownBy(() -> QueryParams.parse("", ALLOWED).required("scope")).hasMessage("parameter 'scope' is required");
    }

    @Test
    void refusesACountryThatIsNotAnIsoCode() {
        assertThatThrownBy(() -> QueryParams.parse("country=Philippines", ALLOWED).country("country"))
                .hasMessageContaining("not an ISO-3166 alpha-3 country code");
    }

    @Test
    void readsACountryPairAndRefusesMore() {
        assertThat(QueryParams.parse("country=jpn,PHL", ALLOWED).countries("country")).contains(List.of("JPN", "PHL"));
        assertThatThrownBy(() -> QueryParams.parse("country=JPN,PHL,USA", ALLOWED).countries("country"))
                .hasMessageContaining("one country or a pair");
    }

    @Test
    void refusesAnUnknownName() {
        assertThatThrownBy(() -> QueryParams.parse("names=density,dnesity", ALLOWED).names("names", List.of("density")))
                .hasMessageContaining("unknown name 'dnesity'");
    }

    @Test
    void refusesANumberOutOfRange() {
        assertThatThrownBy(() -> QueryParams.parse("limit=100000", ALLOWED).integer("limit", 50, 1, 2000))
                .hasMessageContaining("between 1 and 2000");
    }

    @Test
    void refusesMalformedEventIdsAndTooManyOfThem() {
        assertThatThrownBy(() -> QueryParams.parse("ids=ok,%3Cscript%3E", ALLOWED).eventIds("ids")).hasMessageContaining("not an event id");
        String many = String.join(",", java.util.Collections.nCopies(101, "ex-1"));
        assertThatThrownBy(() -> QueryParams.parse("ids=" + many, ALLOWED).eventIds("ids")).hasMessageContaining("1 to 100");
    }

    @Test
    void refusesABrokenPercentEncoding() {
        assertThatThrownBy(() -> QueryParams.parse("scope=%zz", ALLOWED)).hasMessageContaining("percent-encoded");
    }
}
