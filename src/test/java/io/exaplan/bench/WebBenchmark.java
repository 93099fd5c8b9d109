package io.exaplan.bench;

import io.exaplan.cli.Embedded;
import io.exaplan.catalog.Catalog;
import io.exaplan.design.Scenario;
import io.exaplan.web.WebServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one edit on the web page costs the server, over loopback HTTP: the page sends both view
 * requests on every edit (goal: the pair well under the ~100 ms the page has to answer in).
 * Run with {@code bench/run WebBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WebBenchmark {
  private static final String EDIT = "{\"scenario\": {\"rackPowerLimit\": \"15 kW\"}}";

  WebServer server;
  HttpClient client;
  HttpRequest compare;
  HttpRequest audit;
  HttpRequest xlsx;

  @Setup
  public void setup() throws Exception {
    server = WebServer.start(0, Catalog.builtIn(), Scenario.builtIn(), Embedded.COMMANDS);
    client = HttpClient.newHttpClient();
    compare = post("api/view/compare");
    audit = post("api/view/audit");
    xlsx = HttpRequest.newBuilder(URI.create(server.url()
        + "api/compare?format=xlsx&scenario.rackPowerLimit=15%20kW")).build();
  }

  private HttpRequest post(String path) {
    return HttpRequest.newBuilder(URI.create(server.url() + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(EDIT)).build();
  }

  @TearDown
  public void tearDown() {
    server.close();
  }

  private byte[] send(HttpRequest r) throws IOException, InterruptedException {
    HttpResponse<byte[]> res = client.send(r, HttpResponse.BodyHandlers.ofByteArray());
    if (res.statusCode() != 200) {
      throw new IllegalStateException("HTTP " + res.statusCode());
    }
    return res.body();
  }

  @Benchmark
  public byte[] viewCompare() throws Exception {
    return send(compare);
  }

  @Benchmark
  public byte[] viewAudit() throws Exception {
    return send(audit);
  }

  @Benchmark
  public byte[] downloadXlsx() throws Exception {
    return send(xlsx);
  }
}
