package io.secweb.jobs.indicators;

import io.secweb.core.documents.IndicatorDocument;
import io.secweb.core.network.model.NetworkSettings;
import io.secweb.core.network.model.Scope;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * What the indicators pipeline needs.
 *
 * @param firstDay           no day before this is computed (older agreements still count as stock from then on)
 * @param allowedLatenessDays a late event restates the days it affects back to at most this many days before the
 *                           last finalised day; state is kept for that horizon and evicted beyond it
 * @param liveUpdateInterval the open (current) day is recomputed at most this often per scope while events arrive
 * @param relativeTolerance  country and dyad documents are written when a value changes by more than this fraction
 *                           (or appears/disappears), and weekly (Mondays) otherwise
 */
public record IndicatorsOptions(
        List<Scope> scopes,
        NetworkSettings settings,
        String indexPrefix,
        LocalDate firstDay,
        int allowedLatenessDays,
        Duration liveUpdateInterval,
        double relativeTolerance,
        IndicatorDocument.Run run) implements Serializable {}
