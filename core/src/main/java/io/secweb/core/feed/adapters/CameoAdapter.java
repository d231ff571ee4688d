package io.secweb.core.feed.adapters;

import io.secweb.schemas.country.CountryRegistry;
import io.secweb.schemas.event.AgreementBody;
import io.secweb.schemas.event.CoercionBody;
import io.secweb.schemas.event.EventType;
import io.secweb.schemas.event.FeedEvent;
import io.secweb.schemas.event.Participant;
import io.secweb.schemas.event.Role;
import io.secweb.schemas.event.Source;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Dyadic events coded with CAMEO (Schrodt, P.A. (2012), <em>CAMEO Conflict and Mediation Event Observations Event
 * and Actor Codebook</em>, version 1.1b3; the coding of ICEWS and GDELT), from a small CSV the analyst prepares: header {@code date,source,target,cameo}, one
 * event per row. {@code date} is YYYY-MM-DD or YYYYMMDD (day precision) or YYYY-MM (month precision);
 * {@code source} and {@code target} are ISO-3166 alpha-3 codes or country names ({@link CountryNames});
 * {@code cameo} is an event code ({@code 163}; a code whose leading zero a spreadsheet dropped, {@code 57}, is read
 * as {@code 057}) or the event's CAMEO name ("Impose embargo, boycott, or sanctions").
 *
 * <h2>Mapping (a deliberately small set of codes; {@link CameoCodes})</h2>
 * <table>
 *   <caption>CAMEO code → record</caption>
 *   <tr><th>CAMEO</th><th>record</th></tr>
 *   <tr><td>057 sign formal agreement</td><td>agreement {@code joint_statement}, status {@code signed}: CAMEO does
 *       not say what the agreement is about, so the weakest kind</td></tr>
 *   <tr><td>15, 150–154 exhibit force posture (demonstrate power, raise alert, mobilize)</td><td>coercion
 *       {@code show_of_force}, severity 3</td></tr>
 *   <tr><td>163 impose embargo, boycott or sanctions</td><td>coercion {@code economic_coercion}, severity 3</td></tr>
 *   <tr><td>162, 1621–1623 reduce or stop aid</td><td>coercion {@code economic_coercion}, severity 2</td></tr>
 *   <tr><td>16, 160, 161, 164–166, 1661–1663 other reductions of relations (break relations, halt negotiations or
 *       mediation, expel or withdraw)</td><td>coercion {@code diplomatic}, severity 2</td></tr>
 *   <tr><td>171, 1711, 1712 seize or damage property</td><td>coercion {@code maritime_gray_zone}, severity 3 (as for
 *       MIE seizures)</td></tr>
 *   <tr><td>17, 170, 172, 1721–1724, 173, 174 other coercion (administrative sanctions, arrests, expulsions)</td>
 *       <td>coercion {@code diplomatic}, severity 3</td></tr>
 *   <tr><td>18, 180–186 and their sub-codes: assault</td><td>coercion {@code show_of_force}, severity 4</td></tr>
 *   <tr><td>191 impose blockade, 192 occupy territory</td><td>coercion {@code maritime_gray_zone}, severity 4 (as for
 *       MIE blockades and occupations)</td></tr>
 *   <tr><td>19, 190, 193–196 and sub-codes: fight</td><td>coercion {@code show_of_force}, severity 5</td></tr>
 * </table>
 * Coercion: {@code source} is the {@code initiator}, {@code target} the {@code target}; id
 * {@code cameo-<date>-<source>-<target>-<code>}. Agreement: both as {@code party}; id with the two codes in
 * alphabetical order, so that the two directions of one signing (ICEWS reports both) give one record. Tags:
 * {@code cameo} and the event name.
 *
 * <h2>Skipped rows, by reason</h2>
 * "unmapped CAMEO code NNN" (every other code); "unknown country 'X'"; "not a state 'X'" (an organisation or
 * territory); "source and target are the same country"; "duplicate event" (a second row with the same id: news
 * event data repeat events). A date in none of the formats is a malformed row.
 */
public final class CameoAdapter extends DatasetAdapter {
    public static final String FORMAT = "cameo";
    static final Source SOURCE = new Source("CAMEO-coded events", null, "cameo", null);
    private static final List<String> COLUMNS = List.of("date", "source", "target", "cameo");
    private static final Pattern CODE = Pattern.compile("\\d{2,4}");
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private final CountryNames names;

    public CameoAdapter() {
        this(CountryRegistry.bundled());
    }

    public CameoAdapter(CountryRegistry registry) {
        super(registry, FORMAT,
                "CAMEO-coded dyadic events (ICEWS/GDELT style), header date,source,target,cameo -> coercion and agreements",
                COLUMNS.toArray(String[]::new));
        this.names = new CountryNames(registry);
    }

    @Override
    public AdapterResult read(Path file) throws IOException {
        List<FeedEvent> events = new ArrayList<>();
        SkipTally skipped = new SkipTally();
        Set<String> ids = new HashSet<>();
        int rows = eachRow(file, COLUMNS, true, skipped, this::map, (row, outcome) -> {
            if (!ids.add(((FeedEvent) outcome).id())) {
                skipped.add("duplicate event");
            } else {
                events.add((FeedEvent) outcome);
            }
        });
        return new AdapterResult(List.copyOf(events), rows, skipped.asMap());
    }

    /** The row's record, or the reason it is skipped. */
    private Object map(CsvRow row) {
        PartialDate date = date(row);
        String cameo = row.get("cameo");
        Optional<CameoCodes.Mapping> mapping = mapping(cameo);
        if (mapping.isEmpty()) {
            return "unmapped CAMEO code " + (CODE.matcher(cameo).matches() ? code(cameo) : "'" + cameo + "'");
        }
        Optional<String> source = iso3(row.get("source"));
        if (source.isEmpty()) {
            return whyNot(row.get("source"));
        }
        Optional<String> target = iso3(row.get("target"));
        if (target.isEmpty()) {
            return whyNot(row.get("target"));
        }
        String from = source.get();
        String to = target.get();
        if (from.equals(to)) {
            return "source and target are the same country";
        }
        CameoCodes.Mapping m = mapping.get();
        List<String> tags = List.of("cameo", Records.tag(m.name()));
        if (m.type() == EventType.AGREEMENT) {
            String a = from.compareTo(to) <= 0 ? from : to;
            String b = a.equals(from) ? to : from;
            String name = registry.byIso3(a).orElseThrow().name() + "–" + registry.byIso3(b).orElseThrow().name() + ": "
                    + m.name().toLowerCase(Locale.ROOT) + " (CAMEO " + m.code() + ")";
            return Records.agreement("cameo-" + date.date() + "-" + a + "-" + b + "-" + m.code(), date.date(), date.precision(),
                    List.of(new Participant(a, Role.PARTY), new Participant(b, Role.PARTY)), tags, SOURCE,
                    new AgreementBody(Records.text(name), m.kind(), "signed", null, null));
        }
        return Records.coercion("cameo-" + date.date() + "-" + from + "-" + to + "-" + m.code(), date, null,
                List.of(new Participant(from, Role.INITIATOR), new Participant(to, Role.TARGET)), tags, SOURCE,
                new CoercionBody(m.kind(), m.severity(), null));
    }

    /** A source or target as an ISO-3166 alpha-3 code of the registry: the code itself or a country name. */
    private Optional<String> iso3(String value) {
        if (ISO3.matcher(value).matches() && registry.isKnown(value)) {
            return Optional.of(value);
        }
        return names.iso3(value);
    }

    private String whyNot(String value) {
        return names.resolve(value) instanceof CountryNames.NotAState ? "not a state '" + value + "'" : "unknown country '" + value + "'";
    }

    private static Optional<CameoCodes.Mapping> mapping(String cameo) {
        if (CODE.matcher(cameo).matches()) {
            return CameoCodes.cameoCsv(code(cameo), true);
        }
        return CameoCodes.cameoCsv(cameo, false);
    }

    /** The code with the leading zero a spreadsheet may have dropped put back: CAMEO root codes run 01–20. */
    static String code(String digits) {
        return Integer.parseInt(digits.substring(0, 2)) > 20 ? "0" + digits : digits;
    }

    private static PartialDate date(CsvRow row) {
        String v = row.get("date");
        try {
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return new PartialDate(LocalDate.parse(v), true);
            }
            if (v.matches("\\d{8}")) {
                return new PartialDate(LocalDate.parse(v, BASIC), true);
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                return new PartialDate(YearMonth.parse(v).atDay(1), false);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw row.malformed("date", v, "a date YYYY-MM-DD, YYYYMMDD or YYYY-MM");
    }
}
