package io.secweb.dashboard;

import io.secweb.dashboard.api.ApiResponses;
import io.secweb.schemas.codec.SecwebJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How an event document becomes a row of the events view. */
class EventRowsTest {

    @Test
    void aPostponedSummitIsListedWithItsStatusFirst() throws Exception {
        ApiResponses.Event row = DashboardQueries.event(SecwebJson.readTree("""
                {"secweb":{"id":"dl-quad-2025","revision":1,"type":"dialogue","start":"2025-06-01","end":"2025-06-01",
                 "countries":["IND","AUS","JPN","USA"],"participants":[{"country":"IND","role":"host"}],
                 "source":{"name":"test","url":"https://example.org/dl-quad-2025"},
                 "dialogue":{"name":"Quad Leaders' Summit 2025","series":"Quad Leaders' Summit","level":"leaders","status":"postponed"}}}"""));

        assertThat(row.type()).isEqualTo("dialogue");
        assertThat(row.name()).isEqualTo("Quad Leaders' Summit 2025");
        assertThat(row.detail()).isEqualTo("postponed — leaders meeting — Quad Leaders' Summit");
    }

    @Test
    void aHeldTwoPlusTwoShowsItsLevelAndSeries() throws Exception {
        ApiResponses.Event row = DashboardQueries.event(SecwebJson.readTree("""
                {"secweb":{"id":"dl-22","revision":1,"type":"dialogue","start":"2005-02-19","countries":["USA","JPN"],
                 "dialogue":{"name":"SCC","series":"U.S.–Japan 2+2","level":"two_plus_two","status":"held"}}}"""));

        assertThat(row.detail()).isEqualTo("two plus two meeting — U.S.–Japan 2+2");
    }
}
