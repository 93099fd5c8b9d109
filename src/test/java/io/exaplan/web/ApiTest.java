package io.exaplan.web;

import io.exaplan.cli.Embedded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.exaplan.catalog.Catalog;
import io.exaplan.cli.Main;
import io.exaplan.design.Scenario;
import io.exaplan.report.ReportFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every API endpoint over real HTTP, against the CLI's own output where there is one. */
/* A hang (a server or browser that never answers) fails the test instead of stalling CI. */
@org.junit.jupiter.api.Timeout(value = 3, unit = java.util.concurrent.TimeUnit.MINUTES)
class ApiTest {
  private static WebServer server;
  private static Http http;

  @BeforeAll
  static void start() throws Exception {
    server = WebServer.start(0, Catalog.builtIn(), Scenario.builtIn(), Embedded.COMMANDS);
    http = new Http(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** What the CLI prints for {@code args}. */
  private static String cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cl = Main.commandLine(args);
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    assertThat(code).as(err.toString()).isZero();
    return out.toString();
  }

  private static JsonNode json(HttpResponse<byte[]> r) throws IOException {
    return Api.JSON.readTree(r.body());
  }

  private static JsonNode option(JsonNode compare, String id) {
    for (JsonNode o : compare.get("options")) {
      if (o.get("id").asText().equals(id)) {
        return o;
      }
    }
    throw new AssertionError("no option " + id);
  }

  // --- compare ------------------------------------------------------------------------------

  @Test
  void compare_get_isTheCliJsonByteForByte() throws Exception {
    HttpResponse<byte[]> r = http.get("/api/compare");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json;charset=utf-8");
    assertThat(Http.text(r)).isEqualTo(cli("compare", "--format", "json"));
  }

  @Test
  void compare_postScenario_isTheCliJsonWithTheSameScenarioFile(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, "rackPowerLimit: 15 kW\ngpus: 200000\n");

    HttpResponse<byte[]> r = http.post("/api/compare",
        "{\"scenario\": {\"rackPowerLimit\": \"15 kW\", \"gpus\": 200000}}");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(Http.text(r)).isEqualTo(cli("compare", "--format", "json", "--scenario",
        file.toString()));
  }

  @Test
  void compare_rackLimit15kW_podRacksFollowTheLimit() throws Exception {
    JsonNode pod = option(json(http.get("/api/compare?scenario.rackPowerLimit=15%20kW")),
        "ncp-pod");

    // power: 450 x 550 W + 180 x 700 W + 30 x 1,480 W = 417.9 kW; / 15 kW = 27.86 -> 28 racks
    assertThat(pod.get("powerWatts").asDouble()).isCloseTo(417_900, within(1e-6));
    assertThat(pod.get("powerBoundRacks").asLong()).isEqualTo(28);
    // space: 630 U of nodes + 30 x 2 U of switches = 690 U; / (42 - 2) U = 17.25 -> 18 racks
    assertThat(pod.get("spaceBoundRacks").asLong()).isEqualTo(18);
    // 28 racks suffice (the engine's placement, D-boxes/C-nodes/switches): 7 x 12/12/0 =
    // 15,000 W; 14 x 3/18/2 = 2,100 + 9,900 + 2,960 = 14,960 W; 1 x 14/4/2 = 14,960 W;
    // 4 x 6/19/0 = 14,650 W; 2 x 8/17/0 = 14,950 W: 84 + 42 + 14 + 24 + 16 = 180 boxes,
    // 84 + 252 + 4 + 76 + 34 = 450 C-nodes, 28 + 2 = 30 switches; so racks meet the power bound.
    assertThat(pod.get("racks").asInt()).isEqualTo(28);
    assertThat(pod.get("rackBound").asText()).isEqualTo("power");
  }

  @Test
  void compare_formatXlsx_isAWorkbookPoiOpens() throws Exception {
    HttpResponse<byte[]> r = http.get("/api/compare?format=xlsx&scenario.rackPowerLimit=15%20kW");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(r.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"exaplan-compare.xlsx\"");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
      Sheet s = wb.getSheet("Options");
      assertThat(s.getRow(0).getCell(1).getStringCellValue()).isEqualTo("ncp-pod");
      // 417.9 kW / 15 kW = 27.9 -> 28 by power, which the layout engine's packing meets
      assertThat(numberInRow(s, "Racks, packed", 1)).isEqualTo(28.0);
      assertThat(numberInRow(s, "Rack power limit (kW)", 1)).isEqualTo(15.0);
    }
  }

  static double numberInRow(Sheet s, String label, int column) {
    for (Row row : s) {
      if (row.getCell(0) != null && (row.getCell(0).getStringCellValue().equals(label)
          || label.endsWith(", packed") && row.getCell(0).getStringCellValue().startsWith(label))) {
        return row.getCell(column).getNumericCellValue();
      }
    }
    throw new AssertionError("no row " + label);
  }

  @Test
  void compare_formatCsv_isTheCliCsv() throws Exception {
    HttpResponse<byte[]> r = http.get("/api/compare?format=csv");

    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/csv;charset=utf-8");
    assertThat(Http.text(r)).isEqualTo(cli("compare", "--format", "csv"));
  }

  @Test
  void compare_everyTextFormat_isTheCliOutput() throws Exception {
    for (ReportFormat f : ReportFormat.values()) {
      if (!f.binary()) {
        assertThat(Http.text(http.get("/api/compare?format=" + f.key()))).as(f.key())
            .isEqualTo(cli("compare", "--format", f.key()));
      }
    }
  }

  @Test
  void compare_unknownFormat_400ListsTheFormats() throws Exception {
    List<String> keys = new ArrayList<>();
    for (ReportFormat f : ReportFormat.values()) {
      keys.add(f.key());
    }

    HttpResponse<byte[]> r = http.get("/api/compare?format=pdf");

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).get("error").asText())
        .isEqualTo("format: unknown format 'pdf'; expected one of: " + String.join(", ", keys));
  }

  // --- size ---------------------------------------------------------------------------------

  @Test
  void size_dense420x210_isTheCliSize() throws Exception {
    HttpResponse<byte[]> r = http.post("/api/size",
        "{\"dbox\": \"dense-5400\", \"dboxes\": 210, \"cnodes\": 420}");

    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode o = json(r);
    // 210 x 44 x 122.88 TB = 1,135.4112 PB raw; x (146/150 - 0.0888) usable/raw
    assertThat(o.get("rawBytes").asDouble()).isCloseTo(1.1354112e18, within(1e3));
    assertThat(o.get("usableBytes").asDouble())
        .isCloseTo(1.1354112e18 * (146.0 / 150 - 0.0888), within(1e3));
    // 1.004 EB holds the 1 EB target: the fleet, as compare's dense-420-210 (issue 14)
    assertThat(o.get("gpusServed").asLong()).isEqualTo(160_000);
    assertThat(Http.text(r)).isEqualTo(cli("size", "--dbox", "dense-5400", "--dboxes", "210",
        "--cnodes", "420", "--format", "json"));
  }

  @Test
  void size_flags_areTheCliFlags() throws Exception {
    HttpResponse<byte[]> r = http.get("/api/size?dbox=dbox-1350&dboxes=180&cnodes=450&rackKw=15"
        + "&powerBasis=max&gpus=10000");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(Http.text(r)).isEqualTo(cli("size", "--dbox", "dbox-1350", "--dboxes", "180",
        "--cnodes", "450", "--rack-kw", "15", "--power-basis", "max", "--gpus", "10000",
        "--format", "json"));
    assertThat(json(r).get("rackPowerLimitWatts").asDouble()).isEqualTo(15_000);
  }

  @Test
  void size_missingFields_400NamesEachOne() throws Exception {
    HttpResponse<byte[]> r = http.post("/api/size", "{}");

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).get("error").asText()).isEqualTo("dbox: missing required field\n"
        + "dboxes: missing required field\ncnodes: missing required field");
    assertThat(json(r).get("problems").get(1).get("field").asText()).isEqualTo("dboxes");
  }

  @Test
  void size_badValues_400NamesEachField() throws Exception {
    HttpResponse<byte[]> r = http.post("/api/size", "{\"dbox\": \"nope\", \"dboxes\": 0, "
        + "\"cnodes\": \"many\", \"rackKw\": -3, \"powerBasis\": \"peak\", \"gpus\": 0}");

    assertThat(r.statusCode()).isEqualTo(400);
    // the size command's own words, each under its request key, in the order size declares
    // its flags: every one found before anything is sized
    assertThat(json(r).get("error").asText()).isEqualTo(
        "dbox: unknown enclosure model 'nope'; expected one of: dbox-1350, dbox-338, dense-5400\n"
            + "dboxes: must be from 1 to 1000000, got 0\n"
            + "cnodes: 'many' is not a whole number\n"
            // rackKw and powerBasis bind with the scenario (its keys' ranges), named as flags
            + "rackKw: must be greater than zero, got '-3 kW'; expected a power such as '550 W'\n"
            + "powerBasis: 'peak' is not typical or max\n"
            + "gpus: must be from 1 to 100000000, got 0");
    assertThat(json(r).get("problems").get(2).get("field").asText()).isEqualTo("cnodes");
  }

  @Test
  void size_badValueAndUnknownKey_400NamesBoth() throws Exception {
    HttpResponse<byte[]> r = http.post("/api/size", "{\"dbox\": \"nope\", \"dboxes\": 1, "
        + "\"cnodes\": 1, \"colour\": \"red\"}");

    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode problems = json(r).get("problems");
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0).get("field").asText()).isEqualTo("colour");
    assertThat(problems.get(1).get("field").asText()).isEqualTo("dbox");
  }

  // --- audit --------------------------------------------------------------------------------

  @Test
  void audit_default_isTheCliAudit() throws Exception {
    HttpResponse<byte[]> r = http.get("/api/audit");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(Http.text(r)).isEqualTo(cli("audit", "--format", "json"));
    assertThat(json(r).get("claims")).hasSize(11); // claims/meeting.yaml lists 11
  }

  @Test
  void audit_inlineClaim_isJudgedUnderTheRequestScenario() throws Exception {
    String claim = "\"claims\": [{\"id\": \"pod-racks\", \"statement\": \"35 racks\", "
        + "\"design\": {\"option\": \"ncp-pod\"}, \"expect\": {\"racks\": 35}, "
        + "\"tolerance\": \"0%\"}]";

    JsonNode at12 = json(http.post("/api/audit", "{" + claim + "}"));
    JsonNode at15 = json(http.post("/api/audit",
        "{\"scenario\": {\"rackPowerLimit\": \"15 kW\"}, " + claim + "}"));

    // 35 racks at 12 kW (the README's table); 28 at 15 kW (worked out in compare above)
    assertThat(at12.get("claims").get(0).get("verdict").asText()).isEqualTo("holds");
    assertThat(at15.get("claims").get(0).get("verdict").asText()).isEqualTo("wrong");
    assertThat(at15.get("claims").get(0).get("computed").asText()).isEqualTo("racks 28");
  }

  @Test
  void audit_badClaim_400NamesTheClaimField() throws Exception {
    HttpResponse<byte[]> r = http.post("/api/audit",
        "{\"claims\": [{\"statement\": \"x\", \"design\": {\"option\": \"ncp-pod\"}, "
            + "\"expect\": {\"racks\": 37}}]}");

    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode p = json(r).get("problems").get(0);
    assertThat(p.get("field").asText()).isEqualTo("claims[0].id");
    assertThat(p.get("message").asText()).isEqualTo("missing required field");
    assertThat(p.get("line").asInt()).isEqualTo(1);
  }

  // --- report (the visual deliverables) -------------------------------------------------------

  @Test
  void report_html_isTheCliReport(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("r.html");
    cli("report", "--format", "html", "--out", file.toString());

    HttpResponse<byte[]> r = http.get("/api/report?format=html");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
    assertThat(r.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"exaplan-report.html\"");
    assertThat(r.body()).isEqualTo(Files.readAllBytes(file));
  }

  @Test
  void report_pptx_isADeckPoiOpens() throws Exception {
    HttpResponse<byte[]> r = http.post("/api/report",
        "{\"format\": \"pptx\", \"scenario\": {\"rackPowerLimit\": \"15 kW\"}}");

    assertThat(r.statusCode()).isEqualTo(200);
    try (org.apache.poi.xslf.usermodel.XMLSlideShow deck =
        new org.apache.poi.xslf.usermodel.XMLSlideShow(new ByteArrayInputStream(r.body()))) {
      assertThat(deck.getSlides()).isNotEmpty();
    }
  }

  @Test
  void report_svgFolder_isServedFileByFileAsTheCliWritesIt(@TempDir Path dir) throws Exception {
    cli("report", "--format", "svg", "--out", dir.toString());
    List<String> files = new ArrayList<>();
    try (var listing = Files.list(dir)) {
      listing.map(p -> p.getFileName().toString()).sorted().forEach(files::add);
    }

    JsonNode drawings = json(http.get("/api/view/report")).get("drawings");
    List<String> named = new ArrayList<>();
    drawings.forEach(d -> named.add(d.get("name").asText() + ".svg"));

    assertThat(named).containsExactlyInAnyOrderElementsOf(files);
    HttpResponse<byte[]> sheet = http.get("/api/report?format=svg&file=ncp-pod-racks-summary");
    assertThat(sheet.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
    assertThat(sheet.headers().firstValue("Content-Security-Policy"))
        .hasValue("default-src 'none'; style-src 'unsafe-inline'");
    assertThat(sheet.body()).isEqualTo(Files.readAllBytes(dir.resolve("ncp-pod-racks-summary.svg")));
  }

  @Test
  void report_png_isAPng() throws Exception {
    HttpResponse<byte[]> r = http.get("/api/report?format=png&file=option-bars");

    assertThat(r.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(java.util.Arrays.copyOf(r.body(), 4))
        .isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
  }

  @Test
  void report_badFileOrFormat_400NamesTheField() throws Exception {
    JsonNode noFile = json(http.get("/api/report?format=svg"));
    JsonNode unknown = json(http.get("/api/report?format=svg&file=../../pom"));
    JsonNode oneFile = json(http.get("/api/report?format=html&file=x"));
    JsonNode noFormat = json(http.get("/api/report"));
    JsonNode pdf = json(http.get("/api/report?format=pdf"));

    assertThat(noFile.get("problems").get(0).get("field").asText()).isEqualTo("file");
    assertThat(noFile.get("problems").get(0).get("message").asText())
        .startsWith("svg writes a folder; name one of its files; expected one of: "
            + "ncp-pod-racks-summary, ncp-pod-racks-full, ");
    assertThat(unknown.get("problems").get(0).get("message").asText())
        .startsWith("no file '../../pom'; expected one of: ncp-pod-racks-summary");
    assertThat(oneFile.get("error").asText())
        .isEqualTo("file: html is one file; give file only with svg or png");
    assertThat(noFormat.get("error").asText()).isEqualTo("format: missing required field");
    assertThat(pdf.get("error").asText())
        .isEqualTo("format: unknown format 'pdf'; expected one of: html, pptx, svg, png");
  }

  @Test
  void compare_checkpointCadencesAsAList_isTheCliWithTheSameScenarioFile(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, "checkpointCadences: [90s, 10m]\n");
    String cliJson = cli("compare", "--format", "json", "--scenario", file.toString());

    HttpResponse<byte[]> post = http.post("/api/compare",
        "{\"scenario\": {\"checkpointCadences\": [\"90s\", \"10m\"]}}");
    HttpResponse<byte[]> get = http.get("/api/compare?scenario.checkpointCadences[]=90s"
        + "&scenario.checkpointCadences[]=10m");

    assertThat(Http.text(post)).isEqualTo(cliJson);
    assertThat(Http.text(get)).isEqualTo(cliJson);
  }

  // --- commands run as on the command line (checkpoint, outage, stage) --------------------------

  @Test
  void checkpoint_default_isTheCliJson() throws Exception {
    assertThat(Http.text(http.get("/api/checkpoint"))).isEqualTo(cli("checkpoint", "--format",
        "json"));
  }

  @Test
  void checkpoint_flags_areTheCliFlagsInCamelCase() throws Exception {
    HttpResponse<byte[]> r = http.post("/api/checkpoint", "{\"interval\": \"90s\", "
        + "\"stallFraction\": \"10%\", \"gpus\": 16384, \"format\": \"csv\", "
        + "\"scenario\": {\"checkpointModel\": \"llama-3.1-70b\"}}");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"exaplan-checkpoint.csv\"");
    assertThat(Http.text(r)).isEqualTo(cli("checkpoint", "--interval", "90s",
        "--stall-fraction", "10%", "--gpus", "16384", "--model", "llama-3.1-70b", "--format",
        "csv"));
  }

  @Test
  void outage_requiredFlags_areTheCliOutage() throws Exception {
    HttpResponse<byte[]> r = http.get("/api/outage?interval=5m&copyEvery=6&keepLocal=4"
        + "&outage=24h&catchUp=12h");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(Http.text(r)).isEqualTo(cli("outage", "--interval", "5m", "--copy-every", "6",
        "--keep-local", "4", "--outage", "24h", "--catch-up", "12h", "--format", "json"));
  }

  @Test
  void stage_isTheCliStage() throws Exception {
    HttpResponse<byte[]> r = http.get("/api/stage?datasetBytes=10%20PB&wan=100%20Gb/s");

    assertThat(Http.text(r)).isEqualTo(cli("stage", "--dataset-bytes", "10 PB", "--wan",
        "100 Gb/s", "--format", "json"));
  }

  @Test
  void simulate_switchFlag_isGivenAsTrue() throws Exception {
    HttpResponse<byte[]> r = http.get("/api/simulate?horizon=1d&replications=2&noTiming=true");
    HttpResponse<byte[]> bad = http.get("/api/simulate?horizon=1d&noTiming=maybe");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(Http.text(r)).isEqualTo(cli("simulate", "--horizon", "1d", "--replications", "2",
        "--no-timing", "--format", "json"));
    assertThat(json(bad).get("error").asText()).isEqualTo("noTiming: 'maybe' is not true or false");
  }

  @Test
  void outage_missingFlag_400NamesItsKey() throws Exception {
    // only the interval is required; the rest of the policy comes from the scenario
    HttpResponse<byte[]> r = http.get("/api/outage?copyEvery=10");

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).get("error").asText()).isEqualTo("interval: missing required field");
    assertThat(json(r).get("problems").get(0).get("field").asText()).isEqualTo("interval");
    assertThat(http.get("/api/outage?interval=5m").statusCode()).isEqualTo(200);
  }

  @Test
  void checkpoint_badValues_400NameTheRequestKey() throws Exception {
    JsonNode duration = json(http.get("/api/checkpoint?interval=soon")).get("problems").get(0);
    JsonNode count = json(http.get("/api/checkpoint?gpus=abc")).get("problems").get(0);

    assertThat(duration.get("field").asText()).isEqualTo("interval");
    assertThat(duration.get("message").asText()).isEqualTo("'soon' is not a duration such as '90s'");
    assertThat(count.get("field").asText()).isEqualTo("gpus");
    assertThat(count.get("message").asText())
        .isEqualTo("'abc' is not a whole number");
  }

  @Test
  void checkpoint_fileFlags_cannotBeGiven() throws Exception {
    for (String key : List.of("out", "scenarioFile", "catalog", "help")) {
      HttpResponse<byte[]> r = http.get("/api/checkpoint?" + key + "=/tmp/x");
      assertThat(r.statusCode()).as(key).isEqualTo(400);
      assertThat(json(r).get("problems").get(0).get("message").asText()).as(key)
          .startsWith("unknown key; expected one of: format, scenario, model, params");
    }
    assertThat(io.exaplan.cli.Embedded.flags("checkpoint").values())
        .doesNotContain("--out", "--scenario", "--catalog", "--format", "--help");
  }

  @Test
  void viewCheckpoint_tablesForThePage() throws Exception {
    JsonNode v = json(http.get("/api/view/checkpoint?interval=90s"));

    assertThat(v.get("title").asText()).isEqualTo("exaplan checkpoint");
    assertThat(v.get("tables").get(0).get("rows").get(0).get(0).asText())
        .isEqualTo("Llama 3.1 405B");
  }

  // --- view, scenario, formats ------------------------------------------------------------------

  @Test
  void viewCompare_metrics_areTheTextReportsCells() throws Exception {
    JsonNode v = json(http.post("/api/view/compare",
        "{\"scenario\": {\"rackPowerLimit\": \"15 kW\"}}"));

    JsonNode metrics = v.get("tables").get(0);
    assertThat(metrics.get("id").asText()).isEqualTo("metrics");
    assertThat(metrics.get("layout").asText()).isEqualTo("side-by-side");
    int racks = -1;
    for (int i = 0; i < metrics.get("columns").size(); i++) {
      if (metrics.get("columns").get(i).get("key").asText().equals("racks")) {
        racks = i;
      }
    }
    JsonNode pod = metrics.get("rows").get(0);
    assertThat(pod.get(0).asText()).isEqualTo("ncp-pod");
    assertThat(pod.get(racks).asText()).isEqualTo("28");
    assertThat(v.get("subtitle").asText()).contains("racks limited to 15 kW");
  }

  @Test
  void viewCompare_format_isNotAKeyOfAView() throws Exception {
    HttpResponse<byte[]> r = http.get("/api/view/compare?format=csv");

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).get("error").asText())
        // compare runs as every report command does: its --table is a key (issue 20)
        .isEqualTo("format: unknown key; expected one of: scenario, table");
  }

  @Test
  void viewAudit_claims_areBlocks() throws Exception {
    JsonNode v = json(http.get("/api/view/audit"));

    assertThat(v.get("tables").get(0).get("layout").asText()).isEqualTo("blocks");
    assertThat(v.get("tables").get(0).get("rows")).hasSize(11);
  }

  @Test
  void scenario_form_holdsTheBuiltInScenarioAsTyped() throws Exception {
    JsonNode s = json(http.get("/api/scenario"));

    JsonNode form = s.get("form");
    assertThat(form.get("gpus").asText()).isEqualTo("160000");
    assertThat(form.get("clusterGpus").asText()).isEqualTo("41472");
    assertThat(form.get("targetUsable").asText()).isEqualTo("1 EB");
    assertThat(form.get("rackPowerLimit").asText()).isEqualTo("12 kW");
    assertThat(form.get("guidance").asText()).isEqualTo("gb200-enhanced");
    // scenario/default.yaml: checkpointCadences: [60s, 5m, 15m]
    assertThat(form.get("checkpointCadences").asText()).isEqualTo("1m, 5m, 15m");
    assertThat(form.get("checkpointModel").asText()).isEqualTo("llama-3.1-405b");
    assertThat(form.get("checkpointMode").asText()).isEqualTo("sync");
    assertThat(s.get("scenario").get("rackPowerLimitWatts").asDouble()).isEqualTo(12_000);
    List<String> ids = new ArrayList<>();
    s.get("choices").get("guidance").forEach(g -> ids.add(g.get("id").asText()));
    assertThat(ids).containsExactlyElementsOf(Catalog.builtIn().guidance().keySet());
  }

  @Test
  void formats_listEveryReportFormat() throws Exception {
    JsonNode f = json(http.get("/api/formats"));

    assertThat(f).hasSize(ReportFormat.values().length);
    for (int i = 0; i < f.size(); i++) {
      assertThat(f.get(i).get("key").asText()).isEqualTo(ReportFormat.values()[i].key());
    }
    assertThat(f.get(0).get("extension").asText()).isEqualTo("txt"); // table
  }

  // --- bad requests -------------------------------------------------------------------------

  @Test
  void durations_areWrittenInTheirLargestWholeUnit() {
    assertThat(Api.duration(60)).isEqualTo("1m");
    assertThat(Api.duration(90)).isEqualTo("90s");
    assertThat(Api.duration(7200)).isEqualTo("2h");
    assertThat(Api.duration(1.5)).isEqualTo("1.5s");
  }

  @Test
  void post_malformedJson_400WithPosition() throws Exception {
    HttpResponse<byte[]> r = http.post("/api/compare", "{\"scenario\": {\"gpus\": 1");

    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode p = json(r).get("problems").get(0);
    assertThat(p.get("message").asText()).isEqualTo("not valid JSON: Unexpected end-of-input: "
        + "expected close marker for Object (start marker at line 1, column 14)");
    assertThat(p.has("field")).isFalse();
    assertThat(p.get("line").asInt()).isEqualTo(1);
  }

  @Test
  void post_yamlNotJson_400() throws Exception {
    HttpResponse<byte[]> r = http.post("/api/compare", "scenario:\n  gpus: 5\n");

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).get("error").asText()).startsWith("not valid JSON: Unrecognized token");
  }

  @Test
  void post_list_400ExpectsAMap() throws Exception {
    HttpResponse<byte[]> r = http.post("/api/compare", "[1, 2]");

    assertThat(json(r).get("error").asText()).isEqualTo("expected a map of settings, found a list");
  }

  @Test
  void post_unknownKey_400ListsTheLegalOnes() throws Exception {
    HttpResponse<byte[]> r = http.post("/api/compare", "{\"scenarios\": {}}");

    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode p = json(r).get("problems").get(0);
    assertThat(p.get("field").asText()).isEqualTo("scenarios");
    assertThat(p.get("message").asText())
        .isEqualTo("unknown key; expected one of: format, scenario, table");
  }

  @Test
  void post_scenarioNotAMap_400() throws Exception {
    HttpResponse<byte[]> r = http.post("/api/compare", "{\"scenario\": 5}");

    assertThat(json(r).get("error").asText())
        .isEqualTo("scenario: expected a map of settings, found '5'");
  }

  @Test
  void post_badScenarioValues_400NamesEveryField() throws Exception {
    HttpResponse<byte[]> r = http.post("/api/compare",
        "{\"scenario\": {\"gpus\": 0, \"rackPowerLimit\": \"15 kV\", \"colour\": \"red\"}}");

    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode problems = json(r).get("problems");
    assertThat(problems).hasSize(3);
    assertThat(problems.get(0).get("field").asText()).isEqualTo("scenario.gpus");
    assertThat(problems.get(0).get("message").asText())
        .isEqualTo("must be from 1 to 100000000, got 0");
    assertThat(problems.get(0).get("column").asInt()).isEqualTo(23);
    assertThat(problems.get(1).get("field").asText()).isEqualTo("scenario.rackPowerLimit");
    assertThat(problems.get(1).get("message").asText()).isEqualTo("'15 kV': unknown unit 'kV'; "
        + "expected a power such as '550 W' (units: W, kW, MW)");
    assertThat(problems.get(2).get("field").asText()).isEqualTo("scenario.colour");
  }

  @Test
  void get_badQueryValue_400WithoutALineNumber() throws Exception {
    HttpResponse<byte[]> r = http.get("/api/compare?scenario.clusterGpus=50000&scenario.gpus=40000");

    JsonNode p = json(r).get("problems").get(0);
    assertThat(p.get("field").asText()).isEqualTo("scenario.clusterGpus");
    assertThat(p.get("message").asText()).isEqualTo("must not exceed gpus (40000), got 50000");
    assertThat(p.has("line")).isFalse();
  }

  @Test
  void get_repeatedKey_400() throws Exception {
    HttpResponse<byte[]> r = http.get("/api/compare?format=csv&format=json");

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).get("error").asText())
        .isEqualTo("format: given 2 times; expected once (a list is written key[]=a&key[]=b)");
  }

  @Test
  void get_keyBothValueAndSection_400() throws Exception {
    HttpResponse<byte[]> r = http.get("/api/compare?scenario=x&scenario.gpus=5");

    assertThat(json(r).get("error").asText())
        .isEqualTo("scenario.gpus: given both as a value and as a section");
  }

  @Test
  void post_notJsonContentType_415() throws Exception {
    HttpResponse<byte[]> r = http.post("/api/compare", "text/plain",
        HttpRequest.BodyPublishers.ofString("{}"));

    assertThat(r.statusCode()).isEqualTo(415);
    assertThat(json(r).get("error").asText())
        .isEqualTo("expected Content-Type: application/json, got text/plain");
  }

  @Test
  void post_emptyBody_isTheDefaultRequest() throws Exception {
    HttpResponse<byte[]> r = http.post("/api/compare", "");

    assertThat(Http.text(r)).isEqualTo(cli("compare", "--format", "json"));
  }

  @Test
  void post_declaredHugeBody_413BeforeItIsSent() throws Exception {
    // as curl does for large bodies: headers first, the body only after "100 Continue"
    Http.Raw r = http.raw("POST /api/compare HTTP/1.1", "127.0.0.1:" + server.port(),
        "Content-Type: application/json\r\nContent-Length: 1000000\r\n"
            + "Expect: 100-continue\r\n");

    assertThat(r.status()).isEqualTo(413);
    assertThat(r.headers()).doesNotContain("100 Continue");
    assertThat(r.body()).isEqualTo("{\"error\":\"request body larger than 64 KiB\","
        + "\"problems\":[{\"message\":\"request body larger than 64 KiB\"}]}");
  }

  @Test
  void post_endlessChunkedBody_isRefusedWithoutBeingRead() throws Exception {
    // No Content-Length: the server must count what it reads. 64 MB is more than loopback's
    // socket buffers hold, so a server that stopped reading stops the upload too.
    long[] left = {64L << 20};
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return left[0]-- > 0 ? ' ' : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left[0] <= 0) {
          return -1;
        }
        int n = (int) Math.min(len, left[0]);
        java.util.Arrays.fill(b, off, off + n, (byte) ' ');
        left[0] -= n;
        return n;
      }
    };

    try {
      HttpResponse<byte[]> r = http.post("/api/compare", "application/json",
          HttpRequest.BodyPublishers.ofInputStream(() -> endless));
      assertThat(r.statusCode()).isEqualTo(413);
    } catch (IOException closedMidUpload) {
      // the server answered 413 and closed while the body was still coming; the client may
      // lose the answer to the reset, but it never got to send the whole body
      assertThat(left[0]).isPositive();
    }
  }

  @Test
  void deeplyNestedBody_400() throws Exception {
    String deep = "{\"scenario\": " + "[".repeat(200) + "]".repeat(200) + "}";

    HttpResponse<byte[]> r = http.post("/api/compare", deep);

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).get("error").asText()).contains("nesting");
  }

  @Test
  void unknownPath_404Json() throws Exception {
    HttpResponse<byte[]> r = http.get("/api/optimise");

    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(Http.text(r)).isEqualTo("{\"error\":\"not found\",\"problems\":[{\"message\":\"not found\"}]}");
  }

  @Test
  void wrongMethod_405() throws Exception {
    Http.Raw r = http.raw("DELETE /api/compare HTTP/1.1");

    assertThat(r.status()).isEqualTo(405);
    assertThat(r.body()).contains("\"error\":\"method not allowed\"");
  }

  // --- what the server will not do ------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {
      "/../pom.xml", "/..%2fpom.xml", "/%2e%2e/%2e%2e/etc/passwd", "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
      "/app.js/../../catalog/default.yaml", "/web/index.html", "/catalog/default.yaml",
      "/scenario/default.yaml", "/io/exaplan/web/WebServer.class", "/app.js%00.html",
      "//etc/passwd", "/%5c..%5cpom.xml", "/..\\..\\pom.xml", "/app.js;/../../pom.xml",
      "/api/../../pom.xml", "/META-INF/MANIFEST.MF", "/web/../catalog/default.yaml"})
  void assets_pathTraversal_neverReachesAnotherFile(String path) throws Exception {
    Http.Raw r = http.raw("GET " + path + " HTTP/1.1");

    assertThat(r.status()).as(path).isIn(400, 404);
    assertThat(r.body()).doesNotContain("sources:", "<project", "root:", "Manifest-Version",
        "dboxes:", "at io.", "at org.", "Exception");
  }

  @Test
  void assets_theListedFiles_areServedWithTheirTypes() throws Exception {
    assertThat(http.get("/").headers().firstValue("Content-Type"))
        .hasValue("text/html;charset=utf-8");
    assertThat(http.get("/app.js").headers().firstValue("Content-Type"))
        .hasValue("text/javascript;charset=utf-8");
    assertThat(Http.text(http.get("/app.css"))).contains(":root");
  }

  @Test
  void everyResponse_carriesTheSafetyHeaders() throws Exception {
    for (String path : List.of("/", "/api/formats", "/nope")) {
      HttpResponse<byte[]> r = http.get(path);
      assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(r.headers().firstValue("Content-Security-Policy").orElse(""))
          .as(path).contains("default-src 'self'");
    }
  }

  @Test
  void foreignHost_403() throws Exception {
    // a page on evil.example that rebinds its name to 127.0.0.1 sends Host: evil.example
    Http.Raw r = http.raw("GET /api/compare HTTP/1.1", "evil.example:" + server.port());

    assertThat(r.status()).isEqualTo(403);
    assertThat(r.body()).contains("the Host header does not name this server");
  }

  @Test
  void localhostHost_isServed() throws Exception {
    assertThat(http.raw("GET /api/formats HTTP/1.1", "localhost:" + server.port()).status())
        .isEqualTo(200);
  }

  @Test
  void server_listensOn127001Only() throws Exception {
    // 127.0.0.2 is a loopback address too: a server bound to 0.0.0.0 would accept there
    assertThat(server.url()).isEqualTo("http://127.0.0.1:" + server.port() + "/");
    try (Socket s = new Socket("127.0.0.2", server.port())) {
      throw new AssertionError("connected on 127.0.0.2");
    } catch (ConnectException expected) {
      assertThat(expected).hasMessageContaining("refused");
    }
  }

  @Test
  void internalError_500WithoutStackTrace() throws Exception {
    // a catalog without its capacity model makes the engine fail: a bug, not a user mistake
    Catalog c = Catalog.builtIn();
    Catalog broken = new Catalog(c.sources(), null, c.fabric(), c.cnodes(), c.dboxes(),
        c.switches(), c.racks(), c.cloudObjects(), c.guidance(), c.designs(), c.durability(),
        c.netbox());
    java.io.PrintStream err = System.err;
    try (WebServer bad = WebServer.start(0, broken, Scenario.builtIn(), Embedded.COMMANDS)) {
      System.setErr(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
      HttpResponse<byte[]> r = new Http(bad).get("/api/compare");

      assertThat(r.statusCode()).isEqualTo(500);
      assertThat(json(r).get("error").asText()).isEqualTo(
          "internal error (a bug: please report it); details are in the server's terminal");
      assertThat(Http.text(r)).doesNotContain("Exception", "at io.", "at org.");
    } finally {
      System.setErr(err);
    }
  }

  @Test
  void jettyLevelErrors_carryNoStackTrace() throws Exception {
    Http.Raw r = http.raw("GET /%zz HTTP/1.1");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body()).doesNotContain("at org.", "at io.", "Exception");
    assertThat(r.body().getBytes(StandardCharsets.ISO_8859_1).length).isLessThan(2000);
  }

  @Test
  void body_invalidUtf8_is400AtItsLine_notReadAsReplacementCharacters() throws Exception {
    // issue 22.7: {"scenario": {"name": "caf\xe9"}} was read as "caf\ufffd" and accepted
    byte[] latin1 = "{\"scenario\": {\"name\": \"caf\u00e9\"}}".getBytes(
        java.nio.charset.StandardCharsets.ISO_8859_1);
    HttpResponse<byte[]> r = http.post("/api/compare", "application/json",
        java.net.http.HttpRequest.BodyPublishers.ofByteArray(latin1));
    assertThat(r.statusCode()).isEqualTo(400);
    // the first bad byte: '{"scenario": {"name": "caf' is 26 bytes, so byte 26
    assertThat(json(r).get("error").asText())
        .isEqualTo("request body:1: not valid UTF-8 (byte 26); save the file as UTF-8");
  }
}
