package io.exaplan.web;

import io.exaplan.cli.Embedded;
import static org.assertj.core.api.Assertions.assertThat;

import io.exaplan.catalog.Catalog;
import io.exaplan.design.Scenario;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The server under an attacker's requests (issue "Reliability under an attacker's inputs", item
 * 7, and the HTTP 500s of "Safe outputs, honest errors, no 500s"): loopback only, bounded in
 * requests and time.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ServerUnderLoadTest {
  /** The reproducer: 200 replications of a year, far past any deadline. */
  private static final String HEAVY = "{\"replications\": 200, \"horizon\": \"365d\", "
      + "\"jobs\": 16}";

  @Test
  void heavyRequestsSaturatingThePool_compareStillAnswersQuickly_andLateWorkStops()
      throws Exception {
    Compute compute = new Compute(2, 32, 1, 2, 3_000);
    try (WebServer server = WebServer.start(0, Catalog.builtIn(), Scenario.builtIn(),
        Embedded.COMMANDS, compute)) {
      Http http = new Http(server);
      List<Long> idle = new ArrayList<>();
      for (int i = 0; i < 10; i++) { // warms the light path, and the figure to compare with
        long t0 = System.nanoTime();
        http.get("/api/compare?format=csv");
        idle.add((System.nanoTime() - t0) / 1_000_000);
      }
      Collections.sort(idle);
      ExecutorService clients = Executors.newFixedThreadPool(6);
      List<Future<HttpResponse<byte[]>>> heavy = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        heavy.add(clients.submit(() -> http.post("/api/simulate", HEAVY)));
      }
      while (compute.load(Compute.Weight.HEAVY) < 3) { // one running, two queued
        Thread.sleep(10);
      }
      List<Long> millis = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        long t0 = System.nanoTime();
        HttpResponse<byte[]> r = http.get("/api/compare?format=csv");
        millis.add((System.nanoTime() - t0) / 1_000_000);
        assertThat(r.statusCode()).isEqualTo(200);
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<HttpResponse<byte[]>> f : heavy) {
        HttpResponse<byte[]> r = f.get();
        statuses.add(r.statusCode());
        if (r.statusCode() == 429) {
          assertThat(r.headers().firstValue("Retry-After")).hasValue("5");
        }
      }
      clients.shutdown();
      Collections.sort(millis);
      System.out.println("load: compare idle: median " + idle.get(idle.size() / 2) + " ms; "
          + "while heavy requests saturate the pool: median "
          + millis.get(millis.size() / 2) + " ms, max " + millis.get(millis.size() - 1)
          + " ms; heavy statuses " + statuses);
      // 3 places (1 worker + 2 queued): the other 3 are told to come back, the 3 admitted
      // run past the 3 s deadline
      assertThat(statuses).containsOnly(429, 503);
      assertThat(Collections.frequency(statuses, 429)).isEqualTo(3);
      assertThat(millis.get(millis.size() / 2)).isLessThan(200);
      // cancelled, not left running: the pool drains within moments of the last answer
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (compute.load(Compute.Weight.HEAVY) > 0 && System.nanoTime() < until) {
        Thread.sleep(20);
      }
      assertThat(compute.load(Compute.Weight.HEAVY)).isZero();
    }
  }

  @Test
  void requestWithoutHostHeader_http10_is400NotA500() throws Exception {
    try (WebServer server = WebServer.start(0, Catalog.builtIn(), Scenario.builtIn(),
        Embedded.COMMANDS)) {
      String response = send(server.port(), "GET /api/compare HTTP/1.0\r\n\r\n");
      assertThat(response).startsWith("HTTP/1.1 400").contains("no Host header");
    }
  }

  @Test
  void queryOf5000DottedParts_isRefusedByTheNestingLimit() throws Exception {
    try (WebServer server = WebServer.start(0, Catalog.builtIn(), Scenario.builtIn(),
        Embedded.COMMANDS)) {
      String key = "a" + ".a".repeat(4_999);
      HttpResponse<byte[]> r = new Http(server).get("/api/compare?" + key + "=1");
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(Http.text(r)).contains("nesting deeper than 32 levels");
    }
  }

  @Test
  void parallelDeckDownloads_bothAnswerWholeDecks() throws Exception {
    Compute parallel = new Compute(2, 8, 2, 4, 120_000);
    try (WebServer server = WebServer.start(0, Catalog.builtIn(), Scenario.builtIn(),
        Embedded.COMMANDS, parallel)) {
      Http http = new Http(server);
      ExecutorService clients = Executors.newFixedThreadPool(2);
      List<Future<HttpResponse<byte[]>>> all = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        all.add(clients.submit(() -> http.get("/api/report?format=pptx")));
      }
      List<byte[]> decks = new ArrayList<>();
      for (Future<HttpResponse<byte[]>> f : all) {
        HttpResponse<byte[]> r = f.get();
        assertThat(r.statusCode()).as(Http.text(r)).isEqualTo(200);
        decks.add(r.body());
      }
      clients.shutdown();
      // the same slides (entry times in the ZIP are the wall clock: compare sizes, not bytes)
      assertThat(decks.get(0).length).isGreaterThan(10_000).isEqualTo(decks.get(1).length);
      // and again, now that both requests share the cached deliverables
      all.clear();
      for (int i = 0; i < 2; i++) {
        all.add(Executors.newSingleThreadExecutor().submit(
            () -> http.get("/api/report?format=pptx")));
      }
      for (Future<HttpResponse<byte[]>> f : all) {
        HttpResponse<byte[]> r = f.get();
        assertThat(r.statusCode()).as(Http.text(r)).isEqualTo(200);
        assertThat(r.body().length).isEqualTo(decks.get(0).length);
      }
    }
  }

  @Test
  void shortBody_is400_andNoStackTraceOnTheConsole() throws Exception {
    PrintStream was = System.err;
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    try (WebServer server = WebServer.start(0, Catalog.builtIn(), Scenario.builtIn(),
        Embedded.COMMANDS)) {
      System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
      try (Socket s = new Socket("127.0.0.1", server.port())) {
        s.setSoTimeout(40_000);
        OutputStream out = s.getOutputStream();
        out.write(("POST /api/compare HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
            + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"gpus\"")
            .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        s.shutdownOutput(); // the client gives up part way through its body
        InputStream in = s.getInputStream();
        String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        assertThat(response).doesNotStartWith("HTTP/1.1 500").doesNotStartWith("HTTP/1.1 200");
      }
    } finally {
      System.setErr(was);
    }
    assertThat(console.toString(StandardCharsets.UTF_8)).doesNotContain("\tat ")
        .doesNotContain("internal error");
  }

  private static String send(int port, String request) throws Exception {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(10_000);
      s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      s.getOutputStream().flush();
      return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
