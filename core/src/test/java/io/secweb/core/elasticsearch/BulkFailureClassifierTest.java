package io.secweb.core.elasticsearch;

import io.secweb.core.elasticsearch.BulkFailureClassifier.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

class BulkFailureClassifierTest {

    @ParameterizedTest
    @ValueSource(ints = {200, 201})
    void aWrittenItemIsDone(int status) {
        assertThat(BulkFailureClassifier.forItem(status, null)).isEqualTo(Outcome.DONE);
    }

    @ParameterizedTest
    @CsvSource({"409, version_conflict_engine_exception", "409, document_already_exists_exception"})
    void aConflictMeansTheSameOrANewerDocumentIsStored(int status, String errorType) {
        assertThat(BulkFailureClassifier.forItem(status, errorType)).isEqualTo(Outcome.DONE);
    }

    @ParameterizedTest
    @CsvSource({"429, es_rejected_execution_exception", "503, unavailable_shards_exception", "500, exception"})
    void anOverloadedOrFailingClusterIsRetried(int status, String errorType) {
        assertThat(BulkFailureClassifier.forItem(status, errorType)).isEqualTo(Outcome.RETRY);
    }

    @ParameterizedTest
    @CsvSource({"400, mapper_parsing_exception", "400, strict_dynamic_mapping_exception", "400, document_parsing_exception"})
    void aDocumentTheMappingRefusesIsDeadLettered(int status, String errorType) {
        assertThat(BulkFailureClassifier.forItem(status, errorType)).isEqualTo(Outcome.DEAD_LETTER);
    }

    @ParameterizedTest
    @CsvSource({"401, security_exception", "403, security_exception"})
    void missingCredentialsOrPermissionsAreFatal(int status, String errorType) {
        assertThat(BulkFailureClassifier.forItem(status, errorType)).isEqualTo(Outcome.FATAL);
    }

    @Test
    void aRefusedConnectionIsRetried() {
        assertThat(BulkFailureClassifier.forRequest(new ConnectException("Connection refused"))).isEqualTo(Outcome.RETRY);
    }

    @Test
    void aRefusedConnectionIsRetriedHoweverItIsWrapped() {
        ConnectException refused = new ConnectException("Connection refused");

        assertThat(BulkFailureClassifier.forRequest(new RuntimeException("bulk failed", refused))).isEqualTo(Outcome.RETRY);
        assertThat(BulkFailureClassifier.forRequest(new CompletionException(new RuntimeException(refused)))).isEqualTo(Outcome.RETRY);
    }

    @Test
    void anUntrustedCertificateIsFatalNotRetried() {
        var handshake = new javax.net.ssl.SSLHandshakeException("PKIX path building failed");
        assertThat(BulkFailureClassifier.forRequest(new CompletionException(new RuntimeException(handshake)))).isEqualTo(Outcome.FATAL);
    }

    @Test
    void aTimeoutIsRetried() {
        assertThat(BulkFailureClassifier.forRequest(new SocketTimeoutException("Read timed out"))).isEqualTo(Outcome.RETRY);
    }

    @Test
    void aFailureThatIsNotAboutTheClusterIsFatal() {
        assertThat(BulkFailureClassifier.forRequest(new IllegalStateException("I/O reactor has been shut down"))).isEqualTo(Outcome.FATAL);
    }
}
