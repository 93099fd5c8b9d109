package io.exaplan.web;

import io.exaplan.cli.Embedded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.exaplan.catalog.Catalog;
import io.exaplan.design.Scenario;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in Debian's Chromium, driven as an architect would: edit the scenario, watch the
 * table follow, make a mistake, download the workbook. Screenshots go to target/screenshots.
 * Without Chromium the tests are skipped on a developer's machine and fail in CI (CI=true).
 */
/* A hang (a server or browser that never answers) fails the test instead of stalling CI. */
@org.junit.jupiter.api.Timeout(value = 3, unit = java.util.concurrent.TimeUnit.MINUTES)
class BrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /** Selenium warns that it has no CDP support for this Chromium: these tests use none. */
  private static final java.util.logging.Logger CDP_LOG =
      java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

  private static WebServer server;
  private static ChromeDriver driver;
  private static Path downloads;
  private static Path profile;

  @BeforeAll
  static void start() throws Exception {
    CDP_LOG.setLevel(java.util.logging.Level.SEVERE);
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    String why = "browser tests need Debian's chromium and chromium-driver "
        + "(apt-get install chromium chromium-driver; .ci/run installs them)";
    if ("true".equals(System.getenv("CI"))) {
      assertTrue(present, why);
    } else {
      assumeTrue(present, why);
    }
    server = WebServer.start(0, Catalog.builtIn(), Scenario.builtIn(), Embedded.COMMANDS);
    downloads = Files.createTempDirectory("exaplan-downloads");
    profile = Files.createTempDirectory("exaplan-chromium");
    Files.createDirectories(SCREENSHOTS);

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-quic",
        "--user-data-dir=" + profile, "--window-size=1440,900");
    options.setExperimentalOption("prefs", Map.of(
        "download.default_directory", downloads.toString(),
        "download.prompt_for_download", false));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
    for (Path dir : new Path[] {downloads, profile}) {
      if (dir != null) {
        try (Stream<Path> files = Files.walk(dir)) {
          files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile)
              .forEach(File::delete);
        }
      }
    }
  }

  @BeforeEach
  void size() {
    driver.manage().window().setSize(new Dimension(1440, 900));
  }

  private static void open(String query) {
    driver.get(server.url() + query);
    waitFor(d -> "Up to date.".equals(d.findElement(By.id("status")).getText()));
  }

  private static void waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean>
      condition) {
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(condition::apply);
  }

  /**
   * The side-by-side table's cell for a row key and an option, read in one script: the page
   * replaces the table on every answer, so an element found first may be gone when read.
   */
  private static String cell(String rowKey, String option) {
    return (String) driver.executeScript("const c = document.querySelector(arguments[0]);"
        + " return c === null ? null : c.textContent;",
        "#metrics-table tr[data-key='" + rowKey + "'] td[data-option='" + option + "']");
  }

  private static void type(String field, String text) {
    WebElement e = driver.findElement(By.id("f-" + field));
    e.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    e.sendKeys(text);
  }

  /**
   * On a fresh page, types {@code text} into a field and waits for the message beside it to
   * start with {@code start} (each keystroke is sent, so shorter values are answered first).
   */
  private static WebElement messageAfterTyping(String field, String text, String start) {
    open("");
    type(field, text);
    WebElement message = driver.findElement(By.id("f-" + field + "-error"));
    waitFor(d -> message.isDisplayed() && message.getText().startsWith(start));
    return message;
  }

  /** With racks limited to 15 kW, clicks the comparison's {@code format} link; the file. */
  private static Path download(String format, String name) throws IOException {
    open("?rackPowerLimit=15");
    Path file = downloads.resolve(name);
    Files.deleteIfExists(file);
    driver.findElement(By.cssSelector("#compare-downloads a[data-format='" + format + "']"))
        .click();
    // a report computes every study (optimiser, sites, simulation) first: allow it a minute
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(d -> Files.exists(file) && !Files.exists(downloads.resolve(name + ".crdownload")));
    return file;
  }

  private static void screenshot(String name) throws IOException {
    Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name),
        StandardCopyOption.REPLACE_EXISTING);
  }

  /** The whole page: the window made as tall as the document, then put back. */
  private static void fullPage(String name) throws IOException {
    Dimension before = driver.manage().window().getSize();
    long height = (Long) driver.executeScript("return document.documentElement.scrollHeight;");
    driver.manage().window().setSize(new Dimension(before.getWidth(), (int) height + 100));
    screenshot(name);
    driver.manage().window().setSize(before);
  }

  @Test
  void page_loads_showingTheBuiltInComparisonAndAudit() throws Exception {
    open("");

    List<String> options = driver.findElements(By.cssSelector("button.option")).stream()
        .map(WebElement::getText).toList();
    assertThat(options).containsExactly("ncp-pod", "ncp-1eb", "dense-420-210", "dense-105-210",
        "cloud-hdd");
    // the README's table: 35 racks for the pod at 12 kW, power-bound (417.9 kW / 12 kW = 34.8
    // -> 35, met by the layout engine's packing)
    assertThat(cell("racks", "ncp-pod")).isEqualTo("35");
    assertThat(cell("rackBound", "ncp-pod")).isEqualTo("power");
    assertThat(driver.findElement(By.id("f-rackPowerLimit")).getAttribute("value"))
        .isEqualTo("12 kW");
    assertThat(driver.findElements(By.cssSelector("#claims article.claim"))).hasSize(11);
    assertThat(driver.findElement(By.id("audit-subtitle")).getText())
        .isEqualTo("11 claims: 6 hold, 3 wrong, 2 depend on the variant.");
    screenshot("01-loaded.png");
    fullPage("01-loaded-full-page.png");
  }

  @Test
  void editing_rackLimitAndGpus_updatesTheTableAndTheLink() throws Exception {
    open("");

    type("rackPowerLimit", "15");
    // 417.9 kW / 15 kW = 27.86 -> 28 by power, which the layout engine's packing meets
    waitFor(d -> "28".equals(cell("racks", "ncp-pod")));
    assertThat(cell("powerBoundRacks", "ncp-pod")).isEqualTo("28");
    assertThat(cell("rackKW", "ncp-pod")).isEqualTo("15.0");

    type("gpus", "200000");
    waitFor(d -> "200,000".equals(cell("gpusServed", "ncp-1eb")));
    // GB200 enhanced: 200,000 / 576 GPUs per SU x 125 GB/s = 43.40 TB/s read needed
    assertThat(cell("needReadTBps", "ncp-1eb")).isEqualTo("43.40");
    assertThat(cell("gpusServed", "ncp-pod")).isEqualTo("41,472"); // one cluster, unchanged
    assertThat(driver.getCurrentUrl()).endsWith("/?gpus=200000&rackPowerLimit=15+kW");
    assertThat(driver.findElement(By.id("share-link")).getAttribute("value"))
        .isEqualTo(driver.getCurrentUrl());
    screenshot("02-edited.png");
  }

  @Test
  void invalidValue_showsTheMessageNextToTheField() throws Exception {
    WebElement message = messageAfterTyping("gpus", "0", "must be");

    assertThat(message.getText()).isEqualTo("must be from 1 to 100000000, got 0");
    assertThat(driver.findElement(By.id("f-gpus")).getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(driver.findElement(By.id("stale-note")).isDisplayed()).isTrue();
    assertThat(driver.findElements(By.cssSelector("#compare-downloads a[href]"))).isEmpty();
    screenshot("03-invalid.png");

    type("gpus", "160000");
    waitFor(d -> !message.isDisplayed());
    assertThat(driver.findElement(By.id("stale-note")).isDisplayed()).isFalse();
  }

  @Test
  void invalidUnit_showsTheUnitsItTakes() throws Exception {
    WebElement message = messageAfterTyping("targetUsable", "2 EiBs", "'2 EiBs'");

    assertThat(message.getText()).startsWith("'2 EiBs': unknown unit 'EiBs'; expected a size");
  }

  @Test
  void page_atPhoneWidth_hasNoHorizontalOverflow_andDownloadsOnScreen() throws Exception {
    org.openqa.selenium.Dimension before = driver.manage().window().getSize();
    try {
      for (int width : new int[] {360, 390}) {
        driver.manage().window().setSize(new Dimension(width, 844));
        open("");
        long inner = (Long) driver.executeScript("return window.innerWidth;");
        long scroll = (Long) driver.executeScript(
            "return document.documentElement.scrollWidth;");
        assertThat(scroll).as("page width at %d px", width).isLessThanOrEqualTo(inner);
        for (WebElement a : driver.findElements(By.cssSelector(".downloads a"))) {
          org.openqa.selenium.Rectangle r = a.getRect();
          assertThat(r.getX() + r.getWidth()).as(a.getText() + " at %d px", width)
              .isLessThanOrEqualTo((int) inner);
        }
        screenshot("phone-" + width);
        // scrolled to the options table, the form is not held over it (a sticky form taller
        // than the screen covered every result on a phone)
        driver.executeScript("document.getElementById('metrics').scrollIntoView();");
        Object covered = driver.executeScript(
            "const t = document.getElementById('metrics').getBoundingClientRect();"
                + "return document.querySelector('.panel').getBoundingClientRect().bottom"
                + " > t.top + 1;");
        assertThat(covered).as("form over the options table at %d px", width).isEqualTo(false);
        // the deck's verdict rows are on the page too
        assertThat(driver.findElements(By.cssSelector("#metrics-table tr.verdict th")))
            .extracting(WebElement::getText).contains("Reaches the 1 EB capacity target",
                "Meets NVIDIA guidance (DGX SuperPOD GB200, enhanced)", "Fits the hall (no hall given)");
      }
    } finally {
      driver.manage().window().setSize(before);
    }
  }

  @Test
  void downloadXlsx_isTheWorkbookOfWhatIsOnScreen() throws Exception {
    Path file = download("xlsx", "exaplan-compare.xlsx");

    try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet s = wb.getSheet("Options");
      assertThat(s.getRow(0).getCell(5).getStringCellValue()).isEqualTo("cloud-hdd");
      // the pod at 15 kW: 417.9 kW / 15 kW = 27.9 -> 28, met by the packing
      assertThat(ApiTest.numberInRow(s, "Racks, packed", 1)).isEqualTo(28.0);
      assertThat(ApiTest.numberInRow(s, "Rack power limit (kW)", 1)).isEqualTo(15.0);
    }
  }

  @Test
  void checkpointIntervals_edited_reachTheCheckpointTable() throws Exception {
    open("");

    type("checkpointCadences", "90s, 10m");
    // the compare report's checkpoint section: one row per option and interval
    waitFor(d -> intervals().equals(java.util.Set.of("90", "600")));
    assertThat(driver.getCurrentUrl()).endsWith("/?checkpointCadences=90s%2C+10m");
  }

  /** The distinct "Interval (s)" cells of the checkpoint table. */
  @SuppressWarnings("unchecked")
  private static java.util.Set<String> intervals() {
    List<String> cells = (List<String>) driver.executeScript(
        "const t = document.querySelector('#more-body details[data-table=checkpoint] table');"
            + "if (!t) return [];"
            + "const i = [...t.querySelectorAll('thead th')].findIndex("
            + "  (h) => h.textContent === 'Interval (s)');"
            + "return [...t.querySelectorAll('tbody tr')].map((r) => r.cells[i].textContent);");
    return new java.util.HashSet<>(cells);
  }

  @Test
  void selectedOption_showsItsRackSheet() throws Exception {
    open("?option=dense-420-210");

    waitFor(d -> Boolean.TRUE.equals(driver.executeScript("const i = document.getElementById("
        + "'rack-sheet-img'); return i !== null && i.complete && i.naturalWidth > 0;")));
    WebElement img = driver.findElement(By.id("rack-sheet-img"));
    assertThat(img.getAttribute("alt")).isEqualTo("Dense, C:D 2:1 at 1 EB: racks");
    assertThat(img.getAttribute("src")).contains("format=svg&file=dense-420-210-racks-summary");
    waitFor(d -> d.findElements(By.cssSelector("#chart-list img")).size() >= 1);
    fullPage("06-sheet-and-charts-full-page.png");
  }

  @Test
  void downloadHtmlReport_isTheReportOfWhatIsOnScreen() throws Exception {
    Path file = download("html", "exaplan-report.html");

    String html = Files.readString(file);
    assertThat(html).startsWith("<!DOCTYPE html>");
    assertThat(html).contains("15 kW");
  }

  @Test
  void sharedLink_opensTheSameView() throws Exception {
    open("?rackPowerLimit=15+kW&option=dense-420-210");

    assertThat(driver.findElement(By.id("f-rackPowerLimit")).getAttribute("value"))
        .isEqualTo("15 kW");
    // 417.9 kW / 15 kW = 27.9 -> 28 racks, the power bound, which the packing meets
    assertThat(cell("racks", "ncp-pod")).isEqualTo("28");
    assertThat(driver.findElement(By.id("detail-title")).getText())
        .isEqualTo("Selected option: dense-420-210 (Dense, C:D 2:1 at 1 EB)");
    assertThat(driver.findElement(By.cssSelector("button.option[data-option='dense-420-210']"))
        .getAttribute("aria-pressed")).isEqualTo("true");
  }

  @Test
  void keyboard_selectsAnOptionAndShowsItsArithmetic() throws Exception {
    open("");
    WebElement cloud = driver.findElement(By.cssSelector("button.option[data-option='cloud-hdd']"));

    cloud.sendKeys(Keys.ENTER);
    waitFor(d -> d.findElement(By.id("detail-title")).getText().contains("cloud-hdd"));

    assertThat(driver.switchTo().activeElement().getAttribute("data-option"))
        .isEqualTo("cloud-hdd");
    List<String> notes = driver.findElements(By.cssSelector("#detail-body .notes li")).stream()
        .map(WebElement::getText).toList();
    assertThat(notes).isNotEmpty();
    assertThat(driver.findElement(By.cssSelector("#rack-facts")).getText()).contains("220");
    assertThat(driver.getCurrentUrl()).endsWith("/?option=cloud-hdd");
    screenshot("04-selected.png");
  }

  @Test
  void laptopScreen_showsTheFormAndTheTableSideBySide() throws Exception {
    driver.manage().window().setSize(new Dimension(1280, 800));
    open("");

    WebElement form = driver.findElement(By.id("scenario"));
    WebElement table = driver.findElement(By.id("metrics-table"));
    assertThat(form.getRect().getX() + form.getRect().getWidth())
        .isLessThan(table.getRect().getX());
    // the whole table fits: no horizontal scrolling at 1280 px
    Object overflow = driver.executeScript(
        "const w = document.getElementById('metrics'); return w.scrollWidth > w.clientWidth;");
    assertThat(overflow).isEqualTo(false);
    screenshot("05-laptop-1280.png");
  }
}
