package io.secweb.core.feed.adapters;

/** How docs/NEWS-EVENTS.md writes a mapping in its table (the doc test and the table generator share it). */
final class NewsCodesDoc {
    private NewsCodesDoc() {}

    static String record(CameoCodes.Mapping m) {
        return switch (m.type()) {
            case DIALOGUE -> "dialogue (held)";
            case AGREEMENT -> "agreement `" + m.kind() + "`";
            case COERCION -> "coercion `" + m.kind() + "`, severity " + m.severity();
            case EXERCISE -> "exercise";
        };
    }
}
