package io.secweb.core.network.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A multilateral grouping (three or more states that exercised or agreed together), with the last event that
 * made it active.
 */
public record Group(List<String> members, String lastEventId, LocalDate lastActive) {}
