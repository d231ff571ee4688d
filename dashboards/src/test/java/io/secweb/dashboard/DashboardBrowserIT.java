package io.secweb.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.secweb.core.testing.FeedEvents;
import io.secweb.dashboard.testing.Browser;
import io.secweb.dashboard.testing.SampleStack;
import io.secweb.schemas.codec.SecwebJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in a real headless Chromium, over the sample feed processed by the real jobs into the real node.
 * Screenshots of every view go to target/screenshots/.
 */
@Tag("browser")
@ExtendWith(SampleStack.class)
class DashboardBrowserIT {
    private static final String SCOPE = SampleStack.SCOPE;
    private static Browser browser;

    /** A failing test leaves a screenshot of what the browser showed: target/screenshots/failed-{test}.png. */
    @RegisterExtension
    final TestWatcher screenshotOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser != null) {
                browser.screenshot("failed-" + context.getRequiredTestMethod().getName());
            }
        }
    };

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private static String page(String view, String asOf) {
        return SampleStack.get().url() + "/#view=" + view + "&scope=" + SCOPE + (asOf == null ? "" : "&as_of=" + asOf);
    }

    /** The data of the first series of the ECharts chart drawn in an element, as the browser holds it. */
    private static List<?> chartData(String elementId) {
        return browser.script("const e = document.getElementById(arguments[0]); const c = e && echarts.getInstanceByDom(e);"
                + "return c ? c.getOption().series[0].data : null;", elementId);
    }

    private static JsonNode sampleEvent(String id) throws Exception {
        for (String line : FeedEvents.sample()) {
            JsonNode e = SecwebJson.readTree(line);
            if (e.path("id").asText().equals(id)) {
                return e;
            }
        }
        throw new AssertionError("the sample feed has no event " + id);
    }

    @Test
    void theOverviewDrawsHeadlineIndicatorsAndTrendChartsWithDataPoints() {
        browser.open(page("overview", null));
        browser.waitUntil("trend charts drawn", d -> chartData("trend-density") != null && !chartData("trend-density").isEmpty());

        assertThat(browser.find("#overview-scope").getText()).contains(SCOPE);
        assertThat(browser.find("#value-density").getText()).matches("\\d+\\.\\d+");
        assertThat(browser.findAll("#trends .trend")).hasSizeGreaterThanOrEqualTo(4);
        for (WebElement trend : browser.findAll("#trends .trend")) {
            assertThat(chartData(trend.getDomAttribute("id"))).as(trend.getDomAttribute("id")).hasSizeGreaterThan(50);
            assertThat(trend.findElements(By.tagName("canvas"))).isNotEmpty();
        }
        assertThat(chartData("spark-spoke_to_spoke_share")).isNotEmpty();
        // the contributing events of the day, each with its source
        browser.waitUntil("contributing events listed", d -> !browser.findAll("#overview-events li[data-event-id] a.source-link").isEmpty());
        browser.screenshot("overview");
    }

    @Test
    void movingTheTimeSliderChangesTheAsOfDayAndItsValues() {
        browser.open(page("overview", null));
        browser.waitUntil("headline drawn", d -> !browser.find("#value-density").getText().isBlank());
        String lastDay = browser.find("#overview-day").getText();
        String densityThen = browser.find("#value-density").getText();
        String ratioThen = browser.find("#value-spoke_to_spoke_share").getText();

        WebElement slider = browser.find("#time-slider");
        slider.sendKeys(Keys.HOME);   // keyboard: the slider goes to the first computed day
        browser.waitUntil("as-of day moved to the first day", d -> browser.find("#overview-day").getText().equals(SampleStack.FIRST_DAY));

        assertThat(browser.find("#as-of").getDomProperty("value")).isEqualTo(SampleStack.FIRST_DAY);
        assertThat(lastDay).isGreaterThan(SampleStack.FIRST_DAY);
        // 2021: before RIMPAC 2022, Talisman Sabre 2023, Camp David and Balikatan 2024 tied the spokes together
        assertThat(List.of(browser.find("#value-density").getText(), browser.find("#value-spoke_to_spoke_share").getText()))
                .isNotEqualTo(List.of(densityThen, ratioThen));
        browser.screenshot("overview-first-day");

        slider.sendKeys(Keys.END);
        browser.waitUntil("back to the last day", d -> browser.find("#overview-day").getText().equals(lastDay));
        assertThat(browser.find("#value-density").getText()).isEqualTo(densityThen);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> graph(String elementId, String part) {
        return browser.script("const e = document.getElementById(arguments[0]); const c = e && echarts.getInstanceByDom(e);"
                + "return c ? c.getOption().series[0][arguments[1]] : null;", elementId, part);
    }

    private static boolean hasLink(List<Map<String, Object>> links, String source, String target, String layer) {
        return links.stream().anyMatch(l -> l.get("source").equals(source) && l.get("target").equals(target) && l.get("layer").equals(layer));
    }

    @Test
    void theNetworkShowsTheWebAsOfTheDayAndComparesItWithAnother() {
        browser.open(page("network", "2024-06-30"));
        browser.waitUntil("network drawn", d -> graph("network-a", "links") != null && !graph("network-a", "links").isEmpty());
        WebElement compare = browser.find("#compare-date");
        browser.script("arguments[0].value = '2021-06-01'; arguments[0].dispatchEvent(new Event('change'));", compare);
        browser.waitUntil("comparison redrawn", d -> "2021-06-01".equals(browser.find("#compare-date").getDomProperty("value"))
                && graph("network-b", "links") != null && !hasLink(graph("network-b", "links"), "JPN", "PHL", "exercise"));

        List<Map<String, Object>> nodes = graph("network-a", "data");
        List<Map<String, Object>> links = graph("network-a", "links");
        assertThat(nodes).extracting(n -> n.get("id"))
                .contains("USA", "JPN", "KOR", "AUS", "PHL", "THA", "NZL")   // every member of the scope
                .contains("CHN");                                           // coercing a member (Second Thomas Shoal, 2024-06-17)
        // the hub is drawn apart: a thicker border of its own colour
        Map<String, Object> usa = nodes.stream().filter(n -> n.get("id").equals("USA")).findFirst().orElseThrow();
        assertThat(((Map<String, Object>) usa.get("itemStyle")).get("borderWidth")).isEqualTo(4L);
        assertThat(hasLink(links, "PHL", "USA", "agreement")).as("EDCA 2014").isTrue();
        assertThat(hasLink(links, "CHN", "PHL", "coercion")).as("coercion, directed").isTrue();
        assertThat(hasLink(links, "JPN", "PHL", "exercise")).as("Balikatan 2024 among others").isTrue();
        // three layers, three line styles
        assertThat(links.stream().map(l -> ((Map<String, Object>) l.get("lineStyle")).get("type")).distinct().toList())
                .containsExactlyInAnyOrder("solid", "dashed", "dotted");
        // mid-2021: the Japan-Philippines tie did not exist yet
        assertThat(hasLink(graph("network-b", "links"), "JPN", "PHL", "exercise")).isFalse();

        // details of a tie and its contributing events, through the keyboard-reachable table
        browser.find("#edges-table tr[data-dyad='PHL|USA'][data-layer='agreement'] button").click();
        browser.waitUntil("tie details", d -> !browser.findAll("#network-details li[data-event-id]").isEmpty());
        assertThat(browser.find("#network-details h3").getText()).contains("PHL", "USA");
        List<String> contributing = browser.script("return [...document.querySelectorAll('#network-details li[data-event-id]')]"
                + ".map(li => li.dataset.eventId);");
        assertThat(contributing).isNotEmpty().allSatisfy(id -> {
            try {
                assertThat(sampleEvent(id).path("participants").toString()).as(id + " involves both").contains("\"PHL\"", "\"USA\"");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertThat(browser.findAll("#network-details li[data-event-id] a.source-link")).hasSameSizeAs(contributing);
        browser.screenshot("network");
    }

    @Test
    void theCountriesTableSortsAndOpensACountryPanel() {
        browser.open(page("countries", "2024-06-30"));
        browser.waitUntil("countries listed", d -> browser.findAll("#countries-table tbody tr").size() >= 7);
        assertThat(browser.findAll("#countries-table tbody tr")).extracting(r -> r.getDomAttribute("data-country"))
                .containsExactlyInAnyOrder("USA", "JPN", "KOR", "AUS", "PHL", "THA", "NZL");
        // strongest first by default: the hub
        assertThat(browser.find("#countries-table tbody tr").getDomAttribute("data-country")).isEqualTo("USA");

        browser.find("#countries-table th button[data-key='coercion_received']").click();
        browser.waitUntil("sorted by coercion received", d -> "descending".equals(
                browser.find("#countries-table th:nth-child(6)").getDomAttribute("aria-sort")));
        assertThat(browser.find("#countries-table tbody tr").getDomAttribute("data-country")).isEqualTo("PHL");

        browser.find("#countries-table tr[data-country='PHL'] button").click();
        browser.waitUntil("country panel", d -> !browser.findAll("#country-panel h3[data-country='PHL']").isEmpty());
        assertThat(browser.find("#country-panel dd[data-value='coercion_received']").getText()).doesNotStartWith("0.000");
        assertThat(chartData("country-panel-chart")).isNotEmpty();
        browser.screenshot("countries");
    }

    @Test
    void theEventsSearchListsEventsWithTheirSourceLinks() throws Exception {
        browser.open(page("events", null));
        browser.find("#events-q").sendKeys("Balikatan");
        browser.find("#events-type").sendKeys("exercise");
        browser.find("#events-q").sendKeys(Keys.ENTER);
        // the first answer lists every event; wait for the search's
        String rowsScript = "return [...document.querySelectorAll('#events-table tbody tr')].map(r => r.innerText);";
        browser.waitUntil("search results", d -> {
            List<String> rows = browser.script(rowsScript);
            return !rows.isEmpty() && rows.stream().allMatch(r -> r.toLowerCase().contains("balikatan"));
        });
        List<String> rows = browser.script(rowsScript);
        long expected = FeedEvents.sample().stream().filter(l -> l.contains("\"type\":\"exercise\"") && l.contains("Balikatan")).count();
        assertThat(rows).hasSize((int) expected).allSatisfy(r -> assertThat(r).contains("exercise"));
        WebElement link = browser.find("#events-table tr[data-event-id='ex-balikatan-2024'] a.source-link");
        assertThat(link.getDomAttribute("href")).isEqualTo(sampleEvent("ex-balikatan-2024").at("/source/url").asText());
        assertThat(link.getDomAttribute("rel")).contains("noopener");
        browser.screenshot("events");
    }

    @Test
    void aNewlyPublishedEventAppearsWithoutReloadingThePage() throws Exception {
        browser.open(page("events", null));
        browser.find("#events-country").sendKeys("PHL");
        browser.find("#events-country").sendKeys(Keys.ENTER);
        browser.waitUntil("events listed", d -> !browser.findAll("#events-table tbody tr").isEmpty());
        browser.script("window.__sameDocument = true;");

        String id = "ex-live-" + System.nanoTime();
        SampleStack.get().publish(List.of(FeedEvents.exercise(id).on("2024-07-01").until("2024-07-05").participants("PHL", "JPN")
                .name("Live test exercise").scale("small").json()));
        SampleStack.get().runIngest();

        browser.waitUntil("the new event is listed", d -> !browser.findAll("#events-table tr[data-event-id='" + id + "']").isEmpty());
        assertThat((Boolean) browser.script("return window.__sameDocument === true;")).as("no reload").isTrue();
        browser.screenshot("events-live");
    }

    @Test
    void theAlertFeedListsTheAlertsJobsStateChangesWithTheirEvidence() throws Exception {
        String rule = "dashboard-test-philippines-coercion";
        List<String> documents = SampleStack.get().alertIds(rule);
        assertThat(documents).as("the alerts job wrote state changes for the test rule").isNotEmpty();

        browser.open(page("alerts", null));
        browser.waitUntil("alerts listed", d -> !browser.findAll("#alerts-table tr[data-rule='" + rule + "']").isEmpty());
        List<String> listed = browser.script("return [...document.querySelectorAll('#alerts-table tr[data-rule=\"" + rule + "\"]')]"
                + ".map(r => r.dataset.alertId);");
        assertThat(listed).containsExactlyInAnyOrderElementsOf(documents);
        // each row shows its document's day, transition and evidence (the source urls the alerts job put in it)
        for (String id : listed) {
            Map<String, Object> row = browser.script("const r = document.querySelector('#alerts-table tr[data-alert-id=\"' + arguments[0] + '\"]');"
                    + "return {day: r.cells[0].innerText, to: r.dataset.to, measured: r.querySelector('[data-measured]').dataset.measured,"
                    + " links: [...r.querySelectorAll('a.source-link')].map(a => a.getAttribute('href'))};", id);
            JsonNode doc = SampleStack.get().alertDocument(id);
            assertThat(row.get("day")).isEqualTo(doc.at("/secweb/day").asText());
            assertThat(row.get("to")).isEqualTo(doc.at("/secweb/to").asText());
            // what the rule compared with its threshold, not just the indicator's value
            assertThat(Double.parseDouble((String) row.get("measured"))).isEqualTo(doc.at("/secweb/measured").asDouble());
            List<String> urls = new java.util.ArrayList<>();
            doc.at("/secweb/top_events").forEach(t -> urls.add(t.path("url").asText()));
            assertThat(row.get("links")).isEqualTo(urls);
        }
        // Chinese grey-zone pressure on the Philippines in the sample feed fires the rule
        assertThat(browser.findAll("#alerts-table tr[data-rule='" + rule + "'][data-to='FIRING']")).isNotEmpty();
        browser.screenshot("alerts");

        // and the overview marks the scope rule's changes on its trend
        browser.open(page("overview", null));
        browser.waitUntil("markers on the coercion trend", d -> {
            List<?> marks = browser.script("const e = document.getElementById('trend-coercion_to_cooperation');"
                    + "const c = e && echarts.getInstanceByDom(e); return c ? c.getOption().series[0].markPoint.data : null;");
            return marks != null && !marks.isEmpty();
        });
        browser.screenshot("overview-alert-markers");
    }

    @Test
    void theViewsAreReachableFromTheKeyboard() {
        browser.open(page("overview", null));
        browser.find("#tab-overview").sendKeys(Keys.ARROW_RIGHT);
        browser.waitUntil("network tab", d -> "true".equals(browser.find("#tab-network").getDomAttribute("aria-selected")));
        assertThat(browser.find("#view-network").isDisplayed()).isTrue();
        assertThat(browser.find("#view-overview").isDisplayed()).isFalse();
        browser.find("#tab-network").sendKeys(Keys.END);
        browser.waitUntil("events tab", d -> "true".equals(browser.find("#tab-events").getDomAttribute("aria-selected")));
        browser.find("#view-events").click();
        new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys("4").perform();
        browser.waitUntil("alerts tab by its number", d -> "true".equals(browser.find("#tab-alerts").getDomAttribute("aria-selected")));
    }
}
