package io.secweb.jobs.replay;

import io.secweb.core.config.SecwebConfig;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayRunTest {
    private static ReplayOptions options(String runId, boolean live) {
        return new ReplayOptions(List.of(Path.of("feed.jsonl")), null, null, null, 0, runId, live, "broker:9092", "http://es:9200",
                Path.of("no/such/config.yaml"));
    }

    @Test
    void aRunHasItsOwnTopicsIndicesAndConsumerGroups() {
        SecwebConfig run = ReplayRun.configure(options("r1", false));

        assertThat(run.topics().events()).isEqualTo("replay-r1.secweb.events");
        assertThat(run.elasticsearch().indexPrefix()).isEqualTo("secweb-replay-r1");
        assertThat(run.kafka().consumerGroup()).isEqualTo("replay-r1-ingest");
        assertThat(run.run().mode()).isEqualTo("replay");
        assertThat(run.alerts().consumerGroup()).isEqualTo("replay-r1-alerts");
    }

    @Test
    void aLiveReplayIsTheLiveConfiguration() {
        SecwebConfig live = ReplayRun.configure(options(null, true));

        assertThat(live.topics().events()).isEqualTo("secweb.events");
        assertThat(live.kafka().bootstrapServers()).isEqualTo("broker:9092");
        assertThat(live.run().mode()).isEqualTo("live");
    }
}
