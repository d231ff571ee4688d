package io.secweb.core.feed;

import com.fasterxml.jackson.databind.JsonNode;
import io.secweb.core.ingest.FeedEventNormaliser;
import io.secweb.core.network.model.AgreementChains;
import io.secweb.schemas.Topics;
import io.secweb.schemas.codec.FeedEventValidator;
import io.secweb.schemas.codec.SecwebJson;
import io.secweb.schemas.country.CountryRegistry;
import io.secweb.schemas.event.FeedEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curated feed deploy/local/feeds/curated-2000-2026.jsonl: real Indo-Pacific security events 2000-2026, each with
 * a public source. Checks the contract (schema, normaliser rules, provenance, dates) and that the milestones analysts
 * expect are present and modelled as agreed.
 */
class CuratedFeedTest {
    private static final Path FEED = Path.of("../deploy/local/feeds/curated-2000-2026.jsonl");
    private static final Path SAMPLE = Path.of("../deploy/local/feeds/sample.jsonl");
    private static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 12, 31);
    private static final Set<String> ENDINGS = Set.of("terminated", "suspended", "expired");

    private static List<String> lines;
    private static List<JsonNode> records;
    private static Map<String, JsonNode> byId;

    @BeforeAll
    static void load() throws Exception {
        lines = Files.readAllLines(FEED).stream().filter(l -> !l.isBlank()).toList();
        records = new ArrayList<>();
        for (String line : lines) {
            records.add(SecwebJson.readTree(line));
        }
        byId = new LinkedHashMap<>();
        records.forEach(r -> byId.putIfAbsent(r.path("id").asText(), r));
    }

    @Test
    void hasAtLeastFourHundredRecordsEightyOfEachMainTypeAndTwentyDialogues() {
        assertThat(records).hasSizeGreaterThanOrEqualTo(400);
        Map<String, Integer> perType = new HashMap<>();
        records.forEach(r -> perType.merge(r.path("type").asText(), 1, Integer::sum));
        assertThat(perType.keySet()).containsExactlyInAnyOrder("exercise", "agreement", "dialogue", "coercion");
        perType.forEach((type, n) -> assertThat(n).as("records of type %s", type).isGreaterThanOrEqualTo(type.equals("dialogue") ? 20 : 80));
    }

    @Test
    void meetingsAreDialoguesAndJointStatementsLeftAreStandingDeclarations() {
        for (JsonNode r : records) {
            String id = r.path("id").asText();
            String name = r.path("agreement").path("name").asText("");
            if (r.path("agreement").path("kind").asText().equals("joint_statement")) {
                // a summit's, a 2+2's, a ministers' meeting's or a Six-Party round's statement is a dialogue, not a standing tie
                assertThat(name).as("name of joint statement %s", id).doesNotContainIgnoringCase("Six-Party")
                        .doesNotContainIgnoringCase("Leaders' Summit").doesNotContainIgnoringCase("2+2")
                        .doesNotContainIgnoringCase("Ministers' Meeting");
            }
            if (r.path("type").asText().equals("dialogue")) {
                assertThat(id).as("dialogue id").startsWith("dl-");
                assertThat(r.path("dialogue").path("status").asText()).as("status of %s", id).isIn("held", "postponed", "cancelled");
            }
        }
        for (String id : List.of("dl-six-party-talks-first-round-2003", "dl-six-party-joint-statement-2005", "dl-six-party-initial-actions-2007")) {
            assertThat(byId.get(id).path("dialogue").path("series").asText()).as("series of %s", id).isEqualTo("Six-Party Talks");
        }
        assertThat(byId.get("dl-usa-jpn-scc-common-strategic-objectives-2005").path("dialogue").path("level").asText()).isEqualTo("two_plus_two");
        // standing declarations stay agreements
        assertThat(byId.get("ag-jpn-aus-jdsc-2007").path("type").asText()).isEqualTo("agreement");
        assertThat(byId.get("ag-asean-chn-doc-2002").path("type").asText()).isEqualTo("agreement");
    }

    @Test
    void everyLineValidatesAgainstTheFeedEventSchema() {
        FeedEventValidator validator = FeedEventValidator.forFeedEvents();
        for (JsonNode r : records) {
            assertThat(validator.validate(r)).as("schema violations of %s", r.path("id").asText()).isEmpty();
        }
    }

    @Test
    void everyRecordPassesTheIngestNormaliser() throws Exception {
        Topics topics = Topics.live();
        FeedEventNormaliser normaliser = new FeedEventNormaliser(CountryRegistry.bundled(), topics, 0,
                Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC));
        for (JsonNode r : records) {
            FeedEvent e = SecwebJson.treeToValue(r, FeedEvent.class);
            FeedEventNormaliser.Result result = normaliser.normalise(e, topics.feed(e.type()));
            assertThat(result.rejection()).as("normaliser rejection of %s", e.id()).isNull();
        }
    }

    @Test
    void idsAreUniqueLowercaseAndStable() {
        Set<String> seen = new HashSet<>();
        for (JsonNode r : records) {
            String id = r.path("id").asText();
            assertThat(seen.add(id)).as("duplicate id %s", id).isTrue();
            assertThat(id).matches("^[a-z0-9][a-z0-9._:-]{2,127}$");
            assertThat(r.path("revision").asInt()).as("revision of %s", id).isEqualTo(1);
            assertThat(r.path("retracted").asBoolean(true)).as("retracted of %s", id).isFalse();
        }
    }

    /**
     * Records whose source url was removed because it could not support the claim (a report from before the event, an
     * article about another year) and no replacement could be confirmed: the source name says which article it was.
     */
    private static final Set<String> WITHOUT_URL = Set.of("ex-rimpac-2000", "ex-cobra-gold-2001", "ex-rimpac-2002", "ex-cope-thunder-2004",
            "ex-cobra-gold-2005");

    @Test
    void everyRecordHasAnHttpsSourceUrlOrSaysWhyNotAndADatePrecision() {
        for (JsonNode r : records) {
            String id = r.path("id").asText();
            if (WITHOUT_URL.contains(id)) {
                assertThat(r.path("source").has("url")).as("source url of %s", id).isFalse();
            } else {
                assertThat(r.path("source").path("url").asText()).as("source url of %s", id).startsWith("https://");
            }
            assertThat(r.path("source").path("name").asText()).as("source name of %s", id).isNotBlank();
            String precision = r.path("date_precision").asText();
            assertThat(precision).as("date_precision of %s", id).isIn("day", "month");
            if (precision.equals("month")) {
                assertThat(LocalDate.parse(r.path("start").asText()).getDayOfMonth()).as("month precision of %s starts on the 1st", id)
                        .isEqualTo(1);
            }
            assertThat(r.path("confidence").isNumber()).as("confidence of %s", id).isTrue();
        }
    }

    @Test
    void everyParticipantIsAKnownCountry() {
        CountryRegistry countries = CountryRegistry.bundled();
        for (JsonNode r : records) {
            for (JsonNode p : r.path("participants")) {
                assertThat(countries.isKnown(p.path("country").asText()))
                        .as("country %s in %s", p.path("country").asText(), r.path("id").asText()).isTrue();
            }
        }
    }

    @Test
    void startsLieIn2000To2026ExceptAgreementsStillInForceAndTheFeedIsSorted() {
        LocalDate previous = LocalDate.MIN;
        for (JsonNode r : records) {
            String id = r.path("id").asText();
            LocalDate start = LocalDate.parse(r.path("start").asText());
            // an agreement signed before 2000 is in the feed because it is in force in the period (ANZUS, the VFA)
            if (!r.path("type").asText().equals("agreement")) {
                assertThat(start).as("start of %s", id).isBetween(FIRST, LAST);
            }
            if (r.has("end")) {
                assertThat(LocalDate.parse(r.path("end").asText())).as("end of %s", id).isAfterOrEqualTo(start);
            }
            assertThat(start).as("feed order at %s", id).isAfterOrEqualTo(previous);
            previous = start;
        }
    }

    @Test
    void reusesTheSampleRecordsUnchanged() throws IOException {
        Set<String> curatedLines = new HashSet<>(lines);
        for (String line : Files.readAllLines(SAMPLE)) {
            if (!line.isBlank()) {
                assertThat(curatedLines).as("sample record reused unchanged").contains(line);
            }
        }
    }

    @Test
    void everyYearFrom2000To2025HasSeveralEvents() {
        Map<Integer, Integer> perYear = new HashMap<>();
        records.forEach(r -> perYear.merge(LocalDate.parse(r.path("start").asText()).getYear(), 1, Integer::sum));
        for (int year = 2000; year <= 2025; year++) {
            assertThat(perYear.getOrDefault(year, 0)).as("events in %d", year).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void milestonesArePresent() {
        assertThat(byId).containsKeys(
                // the Quad
                "ag-quad-dialogue-2007", "ag-quad-revival-manila-2017", "dl-quad-leaders-joint-statement-2021",
                "dl-quad-leaders-summit-washington-2021", "dl-quad-leaders-summit-tokyo-2022",
                "dl-quad-leaders-summit-hiroshima-2023", "dl-quad-leaders-summit-wilmington-2024",
                // AUKUS, reciprocal access, EDCA, Camp David, the "Squad", the US-India foundational agreements
                "ag-aukus-2021", "ag-aukus-optimal-pathway-2023",
                "ag-jpn-aus-raa-2022", "ag-jpn-gbr-raa-2023", "ag-jpn-phl-raa-2024",
                "ag-usa-phl-edca-2014", "ag-usa-phl-edca-new-sites-2023", "ag-camp-david-2023",
                "dl-squad-defence-ministers-honolulu-2024",
                "ag-usa-ind-lemoa-2016", "ag-usa-ind-comcasa-2018", "ag-usa-ind-beca-2020", "ag-chn-slb-security-2022",
                // the Japan-ROK GSOMIA crisis and its normalisation
                "ag-kor-jpn-gsomia-2016", "ag-kor-jpn-gsomia-termination-notice-2019",
                "ag-kor-jpn-gsomia-termination-notice-suspended-2019", "ag-kor-jpn-gsomia-normalised-2023",
                // exercises
                "ex-malabar-2007", "ex-malabar-2015", "ex-malabar-2020", "ex-malabar-2024", "ex-talisman-sabre-2023",
                "ex-talisman-sabre-2025", "ex-rimpac-2014", "ex-rimpac-2022", "ex-balikatan-2024", "ex-cobra-gold-2024",
                "ex-pitch-black-2022", "ex-pitch-black-2024", "ex-super-garuda-shield-2022", "ex-freedom-shield-2023",
                "ex-ulchi-freedom-shield-2022", "ex-freedom-edge-2024", "ex-keen-sword-2022", "ex-vajra-prahar-2023",
                "ex-joint-sea-2012",
                // coercion
                "co-chn-jpn-rare-earth-embargo-2010-09", "co-senkaku-trawler-collision-2010-09-07",
                "co-scarborough-shoal-standoff-2012-04-10", "co-chn-kor-thaad-hallyu-ban-2016-10",
                "co-chn-kor-thaad-tour-ban-2017-03", "co-chn-aus-barley-duties-2020-05-18",
                "co-chn-aus-beef-abattoir-suspension-2020-05-12", "co-chn-aus-wine-duties-2020-11-27",
                "co-chn-aus-coal-informal-ban-2020-10", "co-whitsun-reef-2021-03-07",
                "co-second-thomas-2023-08-05", "co-second-thomas-2023-11-10", "co-second-thomas-2023-12-10",
                "co-second-thomas-2024-03-05", "co-second-thomas-2024-03-23", "co-second-thomas-2024-06-17",
                "co-chn-twn-pelosi-drills-2022-08-04", "co-chn-twn-joint-sword-2023-04-08",
                "co-chn-twn-joint-sword-2024a-2024-05-23", "co-chn-twn-joint-sword-2024b-2024-10-14",
                "co-chn-twn-strait-thunder-2025a-2025-04-01", "co-chn-twn-adiz-record-incursions-2021-10-01",
                "co-prk-jpn-irbm-overflight-2017-08-29", "co-prk-jpn-irbm-overflight-2017-09-15",
                "co-prk-jpn-irbm-overflight-2022-10-04");
    }

    @Test
    void milestonesAreModelledAsAgreed() {
        // reciprocal access agreements: signature dates and entry into force
        assertAgreement("ag-jpn-aus-raa-2022", "2022-01-06", "access_agreement", "signed", "2023-08-13");
        assertAgreement("ag-jpn-gbr-raa-2023", "2023-01-11", "access_agreement", "signed", "2023-10-15");
        assertAgreement("ag-jpn-phl-raa-2024", "2024-07-08", "access_agreement", "signed", null);
        // the 2019 GSOMIA termination notice was suspended and then withdrawn: one agreement, none of its records ends it
        assertThat(byId.get("ag-kor-jpn-gsomia-termination-notice-2019").path("agreement").path("status").asText()).isEqualTo("termination_notice");
        String previous = "ag-kor-jpn-gsomia-2016";
        for (String id : List.of("ag-kor-jpn-gsomia-termination-notice-2019", "ag-kor-jpn-gsomia-termination-notice-suspended-2019",
                "ag-kor-jpn-gsomia-normalised-2023")) {
            assertThat(byId.get(id).path("agreement").path("supersedes").asText()).as("supersedes of %s", id).isEqualTo(previous);
            assertThat(byId.get(id).path("agreement").path("kind").asText()).as("kind of %s", id).isEqualTo("intelligence_sharing");
            assertThat(parties(byId.get(id))).as("parties of %s", id).containsExactlyInAnyOrder("KOR", "JPN");
            previous = id;
        }
        assertThat(byId.get("ag-kor-jpn-gsomia-normalised-2023").path("agreement").path("status").asText()).isEqualTo("in_force");
        assertThat(byId.get("ag-kor-jpn-gsomia-termination-notice-suspended-2019").path("start").asText()).isEqualTo("2019-11-22");
        // the Quad 2021 summits and the Squad
        assertThat(byId.get("dl-quad-leaders-joint-statement-2021").path("start").asText()).isEqualTo("2021-03-12");
        assertThat(byId.get("dl-quad-leaders-summit-washington-2021").path("start").asText()).isEqualTo("2021-09-24");
        for (String id : List.of("dl-quad-leaders-joint-statement-2021", "dl-quad-leaders-summit-washington-2021",
                "dl-quad-leaders-summit-tokyo-2022", "dl-quad-leaders-summit-hiroshima-2023", "dl-quad-leaders-summit-wilmington-2024")) {
            assertThat(byId.get(id).path("dialogue").path("series").asText()).as("series of %s", id).isEqualTo("Quad Leaders' Summit");
            assertThat(byId.get(id).path("dialogue").path("level").asText()).as("level of %s", id).isEqualTo("leaders");
        }
        assertThat(parties(byId.get("dl-squad-defence-ministers-honolulu-2024"))).containsExactlyInAnyOrder("AUS", "JPN", "PHL", "USA");
        // North Korean overflights are shows of force by PRK against Japan
        for (String id : List.of("co-prk-jpn-irbm-overflight-2017-08-29", "co-prk-jpn-irbm-overflight-2017-09-15",
                "co-prk-jpn-irbm-overflight-2022-10-04")) {
            JsonNode r = byId.get(id);
            assertThat(r.path("coercion").path("kind").asText()).as("kind of %s", id).isEqualTo("show_of_force");
            assertThat(roles(r, "initiator")).as("initiators of %s", id).containsExactly("PRK");
            assertThat(roles(r, "target")).as("targets of %s", id).contains("JPN");
        }
    }

    @Test
    void malabarHasJapanFrom2015AndAustraliaFrom2020() {
        for (JsonNode r : records) {
            if (!r.path("exercise").path("series").asText().equals("Malabar")) {
                continue;
            }
            int year = LocalDate.parse(r.path("start").asText()).getYear();
            Set<String> countries = new TreeSet<>();
            r.path("participants").forEach(p -> countries.add(p.path("country").asText()));
            assertThat(countries).as("participants of %s", r.path("id").asText()).contains("IND", "USA");
            if (year >= 2015) {
                assertThat(countries).as("participants of %s", r.path("id").asText()).contains("JPN");
            }
            if (year >= 2020) {
                assertThat(countries).as("participants of %s", r.path("id").asText()).contains("AUS");
            }
        }
    }

    @Test
    void everyAgreementEndingFollowsAnEarlierRecordOfTheSameKindAndParties() {
        for (JsonNode r : records) {
            JsonNode body = r.path("agreement");
            if (body.isMissingNode() || !ENDINGS.contains(body.path("status").asText())) {
                continue;
            }
            String id = r.path("id").asText();
            LocalDate start = LocalDate.parse(r.path("start").asText());
            boolean hasEarlierTie = records.stream()
                    .filter(o -> o != r && o.has("agreement"))
                    .filter(o -> !ENDINGS.contains(o.path("agreement").path("status").asText()))
                    .filter(o -> o.path("agreement").path("kind").asText().equals(body.path("kind").asText()))
                    .filter(o -> parties(o).equals(parties(r)))
                    .anyMatch(o -> LocalDate.parse(o.path("start").asText()).isBefore(start));
            assertThat(hasEarlierTie).as("agreement ending %s ends an earlier record with the same kind and parties", id).isTrue();
        }
    }

    @Test
    void everyLinkNamesAnEarlierRecordOfTheSameAgreement() {
        for (JsonNode r : records) {
            String supersedes = r.path("agreement").path("supersedes").asText(null);
            if (supersedes == null) {
                continue;
            }
            String id = r.path("id").asText();
            JsonNode predecessor = byId.get(supersedes);
            assertThat(predecessor).as("the record %s supersedes", id).isNotNull();
            assertThat(predecessor.path("type").asText()).as("type of the record %s supersedes", id).isEqualTo("agreement");
            assertThat(parties(predecessor)).as("parties of the record %s supersedes", id).isEqualTo(parties(r));
            assertThat(LocalDate.parse(predecessor.path("start").asText())).as("start of the record %s supersedes", id)
                    .isBeforeOrEqualTo(LocalDate.parse(r.path("start").asText()));
            assertThat(r.path("agreement").path("change").asText()).as("change of %s", id).isNotBlank();
        }
    }

    @Test
    void tenYearFrameworksHaveAnEffectiveTo() {
        for (JsonNode r : records) {
            String name = r.path("agreement").path("name").asText("").toLowerCase(java.util.Locale.ROOT);
            if (name.contains("10-year") || name.contains("ten-year")) {
                assertThat(r.path("agreement").has("effective_to")).as("effective_to of %s", r.path("id").asText()).isTrue();
            }
        }
    }

    /**
     * Agreements that are genuinely separate instruments although they tie a pair with the same kind at the same time
     * (by the id of their first record). Everything else of one kind and pair must be one agreement: a status change
     * supersedes the record it changes.
     */
    private static final Set<String> SEPARATE_INSTRUMENTS = Set.of(
            // regional fora and minilaterals with overlapping members: each its own framework
            "ag-admm-plus-inaugural-2010", "ag-east-asia-summit-us-russia-join-2011", "ag-sco-founding-2001", "ag-quad-dialogue-2007",
            "ag-aukus-2021", "ag-squad-defence-ministers-singapore-2023", "ag-camp-david-2023",
            "ag-jpn-kor-usa-trilateral-security-cooperation-framework-2024", "ag-usa-jpn-phl-leaders-summit-2024",
            // standing declarations on different subjects among overlapping parties
            "ag-asean-chn-doc-2002", "ag-asean-chn-non-traditional-security-2002", "ag-asean-chn-tac-accession-strategic-partnership-2003",
            "ag-asean-aus-comprehensive-partnership-2007", "ag-wpns-cues-2014", "ag-psi-statement-of-interdiction-principles-2003",
            "ag-pif-boe-declaration-2018", "ag-usa-pacific-islands-partnership-declaration-2022", "ag-usa-vnm-comprehensive-strategic-partnership-2023",
            "ag-usa-phl-manila-declaration-2011", "ag-usa-nzl-wellington-declaration-2010", "ag-usa-kor-washington-declaration-2023",
            "ag-jpn-chn-east-china-sea-gas-consensus-2008", "ag-jpn-chn-mutually-beneficial-strategic-relationship-2008", "ag-jpn-aus-jdsc-2007",
            // bilateral instruments in force side by side
            "ag-phl-usa-vfa-1998", "ag-usa-phl-edca-2014", // status of visiting forces; access to agreed locations
            "ag-usa-ind-comcasa-2018", "ag-usa-ind-beca-2020", // secure communications; geospatial intelligence
            "ag-aukus-ennpia-2021", "ag-aukus-optimal-pathway-2023", // naval nuclear propulsion information; submarine acquisition
            "ag-jpn-gbr-defence-equipment-framework-2013", "ag-gcap-announcement-2022", // equipment framework; a fighter programme
            "ag-usa-sgp-strategic-framework-agreement-2005", "ag-usa-sgp-enhanced-dca-2015",
            "ag-aus-idn-lombok-treaty-2006", "ag-aus-idn-defence-cooperation-agreement-2024",
            // U.S.-Japan: the realignment (2005 document and its 2006 roadmap), the Guam agreement (2009, amended 2013), the guidelines
            "ag-usa-jpn-transformation-realignment-2005", "ag-usa-jpn-guam-international-agreement-2009", "ag-usa-jpn-defense-guidelines-2015");

    @Test
    void noPairHoldsTwoAgreementsOfOneKindInForceUnlessTheyAreSeparateInstruments() throws Exception {
        List<FeedEvent> events = new ArrayList<>();
        for (JsonNode r : records) {
            events.add(SecwebJson.treeToValue(r, FeedEvent.class));
        }
        Set<LocalDate> days = new TreeSet<>();
        events.forEach(e -> days.add(e.start()));
        for (int year = 2000; year <= 2026; year++) {
            days.add(LocalDate.of(year, 1, 1));
        }
        Set<String> violations = new TreeSet<>();
        for (LocalDate day : days) {
            List<FeedEvent> known = events.stream().filter(e -> !e.start().isAfter(day)).toList();
            Map<String, Set<String>> agreementsByPairAndKind = new TreeMap<>();
            for (AgreementChains.Agreement a : AgreementChains.of(known).agreements()) {
                if (!a.tiesOn(day)) {
                    continue;
                }
                FeedEvent state = a.stateOn(day);
                List<String> ps = state.countries().stream().sorted().toList();
                for (int i = 0; i < ps.size(); i++) {
                    for (int j = i + 1; j < ps.size(); j++) {
                        agreementsByPairAndKind.computeIfAbsent(ps.get(i) + "-" + ps.get(j) + " " + state.agreement().kind(), k -> new TreeSet<>())
                                .add(a.id());
                    }
                }
            }
            agreementsByPairAndKind.forEach((pairKind, ids) -> {
                if (ids.size() > 1 && !SEPARATE_INSTRUMENTS.containsAll(ids)) {
                    violations.add(pairKind + " " + ids);
                }
            });
        }
        assertThat(violations).as("pairs holding several in-force agreements of one kind").isEmpty();
    }

    private static final Map<String, Integer> NUMBER_WORDS = Map.of("two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7,
            "eight", 8, "nine", 9, "ten", 10);
    private static final java.util.regex.Pattern NATIONS = java.util.regex.Pattern.compile(
            "(\\d+|two|three|four|five|six|seven|eight|nine|ten)[- ](nations|countries)", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * An exercise whose name says how many nations took part lists them all: as hosts and participants, or with its
     * observers; a record tagged {@code participants-partial} says it lists only some (Komodo's 36 navies).
     */
    @Test
    void aNamedExerciseListsAsManyNationsAsItsNameCounts() {
        for (JsonNode r : records) {
            java.util.regex.Matcher m = NATIONS.matcher(r.path("exercise").path("name").asText(""));
            if (!m.find() || tags(r).contains("participants-partial")) {
                continue;
            }
            String n = m.group(1).toLowerCase(java.util.Locale.ROOT);
            int stated = NUMBER_WORDS.containsKey(n) ? NUMBER_WORDS.get(n) : Integer.parseInt(n);
            Set<String> all = parties(r);
            Set<String> taking = new TreeSet<>(roles(r, "host"));
            taking.addAll(roles(r, "participant"));
            assertThat(List.of(taking.size(), all.size())).as("nations of %s (name: %s)", r.path("id").asText(), stated).contains(stated);
        }
    }

    /** Participations the record of a named event must (+) or must not (-) list, from its own sources. */
    private static final Map<String, List<String>> DOCUMENTED_PARTICIPANTS = Map.of(
            "ex-rimpac-2016", List.of("-BRA", "+CHN"),             // Brazil withdrew (26 nations)
            "ex-rimpac-2018", List.of("-BRA", "-CHN", "+VNM"),     // Brazil withdrew (25 nations), China disinvited
            "ex-rimpac-2012", List.of("+RUS", "-CHN"),
            "ex-rimpac-2014", List.of("+CHN", "+BRN", "-RUS", "-THA"),
            "ag-ramsi-agreement-2003", List.of("+WSM", "+TON", "+PNG", "+FJI"),
            "ag-ramsi-agreement-expired-2017", List.of("+WSM"));

    @Test
    void namedEventsListTheirDocumentedParticipants() {
        DOCUMENTED_PARTICIPANTS.forEach((id, expected) -> {
            Set<String> listed = parties(byId.get(id));
            for (String e : expected) {
                if (e.startsWith("+")) {
                    assertThat(listed).as("participants of %s", id).contains(e.substring(1));
                } else {
                    assertThat(listed).as("participants of %s", id).doesNotContain(e.substring(1));
                }
            }
        });
    }

    /** Severity 5 ("lethal force") is for incidents that killed, and those carry the tag {@code lethal}; every lethal one is 5. */
    @Test
    void severityFiveIsForLethalIncidentsOnly() {
        for (JsonNode r : records) {
            if (!r.path("type").asText().equals("coercion")) {
                continue;
            }
            boolean lethal = tags(r).contains("lethal");
            assertThat(r.path("coercion").path("severity").asInt() == 5).as("severity 5 of %s iff tagged lethal", r.path("id").asText())
                    .isEqualTo(lethal);
        }
    }

    private static final java.util.regex.Pattern DAY_SPAN = java.util.regex.Pattern.compile(
            "\\(\\d{1,2}[-–](\\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December)\\)");

    /** Every exercise says when it ended; a coercion record whose text names a span of days ends on the last of them. */
    @Test
    void exercisesAndMultiDayIncidentsHaveAnEnd() {
        for (JsonNode r : records) {
            String id = r.path("id").asText();
            if (r.path("type").asText().equals("exercise")) {
                assertThat(r.has("end")).as("end of exercise %s", id).isTrue();
            }
            java.util.regex.Matcher m = DAY_SPAN.matcher(r.path("coercion").path("location").asText(""));
            if (m.find()) {
                assertThat(r.has("end")).as("end of %s (%s)", id, m.group()).isTrue();
                LocalDate end = LocalDate.parse(r.path("end").asText());
                assertThat(end.getDayOfMonth()).as("end day of %s (%s)", id, m.group()).isEqualTo(Integer.parseInt(m.group(1)));
            }
        }
    }

    /** A source that names its date in its url was published on or after the event (month precision: in or after its month). */
    private static final List<java.util.regex.Pattern> URL_DATES = List.of(
            java.util.regex.Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\\d|3[01])(?!\\d)"),
            java.util.regex.Pattern.compile("(?<![\\d])((?:19|20)\\d\\d)(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?!\\d)"),
            java.util.regex.Pattern.compile("/(0[1-9]|1[0-2])/(0[1-9]|[12]\\d|3[01])/(\\d\\d)/"),
            java.util.regex.Pattern.compile("/((?:19|20)\\d\\d)/(0[1-9]|1[0-2])/"));
    /** Dated in U.S. time the day before a signing in the western Pacific (UTC+11/+12). */
    private static final Set<String> DATELINE = Set.of("ag-aus-nru-nakamarra-treaty-2024");

    @Test
    void noSourceUrlIsDatedBeforeItsEvent() {
        for (JsonNode r : records) {
            String id = r.path("id").asText();
            String url = r.path("source").path("url").asText("");
            LocalDate start = LocalDate.parse(r.path("start").asText());
            for (int k = 0; k < URL_DATES.size(); k++) {
                java.util.regex.Matcher m = URL_DATES.get(k).matcher(url);
                if (!m.find()) {
                    continue;
                }
                LocalDate dated;
                boolean monthOnly = k == 3 || r.path("date_precision").asText().equals("month");
                try {
                    dated = switch (k) {
                        case 0, 1 -> LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                        case 2 -> LocalDate.of(2000 + Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                        default -> LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
                    };
                } catch (java.time.DateTimeException notADate) {
                    continue;
                }
                LocalDate event = monthOnly ? start.withDayOfMonth(1) : start;
                if (monthOnly) {
                    dated = dated.withDayOfMonth(1);
                }
                if (DATELINE.contains(id)) {
                    event = event.minusDays(1);
                }
                assertThat(dated).as("date in the source url of %s (%s)", id, url).isAfterOrEqualTo(event);
                break;
            }
        }
    }

    private static Set<String> tags(JsonNode r) {
        Set<String> out = new TreeSet<>();
        r.path("tags").forEach(t -> out.add(t.asText()));
        return out;
    }

    private static void assertAgreement(String id, String start, String kind, String status, String effectiveFrom) {
        JsonNode r = byId.get(id);
        assertThat(r).as(id).isNotNull();
        assertThat(r.path("start").asText()).as("start of %s", id).isEqualTo(start);
        assertThat(r.path("agreement").path("kind").asText()).as("kind of %s", id).isEqualTo(kind);
        assertThat(r.path("agreement").path("status").asText()).as("status of %s", id).isEqualTo(status);
        if (effectiveFrom != null) {
            assertThat(r.path("agreement").path("effective_from").asText()).as("effective_from of %s", id).isEqualTo(effectiveFrom);
        }
    }

    private static Set<String> parties(JsonNode r) {
        Set<String> out = new TreeSet<>();
        r.path("participants").forEach(p -> out.add(p.path("country").asText()));
        return out;
    }

    private static List<String> roles(JsonNode r, String role) {
        return StreamSupport.stream(r.path("participants").spliterator(), false)
                .filter(p -> p.path("role").asText().equals(role))
                .map(p -> p.path("country").asText())
                .toList();
    }
}
