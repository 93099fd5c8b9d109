package io.exaplan.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.exaplan.catalog.Catalog;
import io.exaplan.catalog.GuidanceLevel;
import io.exaplan.checkpoint.CheckpointCatalog;
import io.exaplan.checkpoint.CheckpointMode;
import io.exaplan.checkpoint.ModelPreset;
import io.exaplan.config.Dimension;
import io.exaplan.config.Fields;
import io.exaplan.config.Node;
import io.exaplan.config.Units;
import io.exaplan.design.Scenario;
import io.exaplan.report.Commands;
import io.exaplan.report.Report;
import io.exaplan.report.ReportFormat;
import io.exaplan.report.TableViews;
import io.exaplan.report.visual.VisualFormat;
import io.exaplan.sizing.PowerBasis;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The JSON API. {@code /api/COMMAND} answers what {@code exaplan COMMAND --format F} prints, byte
 * for byte; {@code /api/view/COMMAND} gives the same report's tables formatted for the page.
 * Requests are a JSON body (POST) or a query string (GET) with the same keys.
 */
final class Api {
  static final ObjectMapper JSON = JsonMapper.builder().build();
  static final String JSON_TYPE = "application/json;charset=utf-8";

  private final Catalog catalog;
  private final Scenario base;
  private final Compute compute;
  private final Visuals visuals;
  private final Commands commands;

  Api(Catalog catalog, Scenario base, Compute compute, Commands commands) {
    this.catalog = catalog;
    this.base = base;
    this.compute = compute;
    this.commands = commands;
    this.visuals = new Visuals(catalog, commands);
  }

  /**
   * {@code exaplan report}: {scenario, format: html|pptx|svg|png, file}. html and pptx are
   * downloads; svg and png answer one file of the folder the CLI writes, named by {@code file}.
   */
  void visual(Context ctx) {
    Node request = request(ctx);
    VisualAnswer a = compute.run(Compute.Weight.HEAVY, () -> {
      Binder b = new Binder(request, catalog, base);
      Scenario s = b.scenario();
      String key = b.oneOf("format", null, Visuals.keys());
      String name = b.fields().text("file", null);
      b.done();
      VisualFormat f = VisualFormat.named(key);
      return new VisualAnswer(f, visuals.file(s, f, name));
    });
    ctx.status(200).contentType(MediaTypes.type(a.format().key(), true))
        .header("Content-Disposition", (a.format().folder() ? "inline" : "attachment")
            + "; filename=\"" + a.file().name() + "\"");
    if (a.format().folder()) {
      // a drawing opened on its own runs no script and loads nothing
      ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
    }
    ctx.result(a.file().bytes());
  }

  private record VisualAnswer(VisualFormat format, Visuals.File file) {}

  /** The report's drawings (rack sheets, charts) for a scenario: [{name, title}]. */
  void drawings(Context ctx) {
    Node request = request(ctx);
    json(ctx, compute.run(Compute.Weight.HEAVY, () -> {
      Binder b = new Binder(request, catalog, base);
      Scenario s = b.scenario();
      b.done();
      return Map.of("drawings", visuals.drawings(s));
    }));
  }

  /** A report in the requested format, as a download named after the command. */
  void report(Context ctx, String command, Function<Binder, Report> build) {
    Node request = request(ctx);
    Rendered r = compute.run(weight(command), () -> {
      Binder b = new Binder(request, catalog, base);
      ReportFormat format = b.format();
      Report report = build.apply(b);
      return new Rendered(format, render(format, report));
    });
    ctx.status(200)
        .contentType(MediaTypes.type(r.format()))
        .header("Content-Disposition", "attachment; filename=\"exaplan-" + command + "."
            + MediaTypes.extension(r.format()) + "\"")
        .result(r.bytes());
  }

  /** The report's tables with cells formatted as the text formats show them. */
  void view(Context ctx, String command, Function<Binder, Report> build) {
    Node request = request(ctx);
    json(ctx, compute.run(weight(command), () -> TableViews.of(build.apply(
        new Binder(request, catalog, base)))));
  }

  /**
   * Commands whose work takes up to seconds (searches, simulations, every option's durability
   * chain) run on the heavy pool; the rest answer in milliseconds and keep the page responsive.
   */
  static final java.util.Set<String> HEAVY = java.util.Set.of("simulate", "optimize",
      "sensitivity", "sites", "durability", "report");

  static Compute.Weight weight(String command) {
    return HEAVY.contains(command) ? Compute.Weight.HEAVY : Compute.Weight.LIGHT;
  }

  /**
   * A CLI command run in-process ({@link Commands}): each request key is one of its flags in
   * camelCase ({@code copyEvery} for {@code --copy-every}), a list repeating the flag, or a
   * file flag's content given inline ({@code claims}). The request's own problems (unknown
   * keys, values that are not scalars) and the command's (every flag it refuses, under the
   * flag's key) are answered together.
   */
  Report embedded(String command, Binder b) {
    Scenario s = b.scenario();
    Fields f = b.fields();
    List<String> args = new ArrayList<>();
    for (Map.Entry<String, String> e : commands.flags(command).entrySet()) {
      String key = e.getKey();
      String flag = e.getValue();
      Node n = f.node(key);
      List<Node> values = n instanceof Node.ListNode l ? l.items() : n == null ? List.of()
          : List.of(n);
      for (Node v : values) {
        String text = v instanceof Node.ScalarNode sc ? sc.text() : null;
        if (text == null) {
          f.problem(key, "expected a value, found " + v.kind());
        } else if (!commands.isSwitch(command, flag)) {
          args.add(flag + "=" + text);
        } else if (text.equals("true")) {
          args.add(flag);
        } else if (!text.equals("false")) {
          f.problem(key, "'" + text + "' is not true or false");
        }
      }
    }
    Map<String, Node> documents = new LinkedHashMap<>();
    commands.documents(command).forEach((key, flag) -> {
      Node n = f.node(key);
      if (n != null) {
        documents.put(flag, n);
      }
    });
    if (command.equals("simulate")) {
      // the heavy pool is the server's parallelism: a request never starts threads of its own
      if (f.node("threads") != null) {
        f.problem("threads", "the server runs each simulation on one thread; leave threads out");
      }
      args.add("--threads=1");
    }
    b.done(() -> commands.check(command, args, documents, b.catalog(), s));
    return commands.run(command, args, documents, b.catalog(), s);
  }

  /** The server's scenario, its values as the form shows them, and the choices of the selects. */
  void scenario(Context ctx) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("gpus", String.valueOf(base.gpus()));
    form.put("sites", String.valueOf(base.sites()));
    form.put("clusterGpus", String.valueOf(base.clusterGpus()));
    form.put("targetUsable", plain(base.targetUsableBytes(), Dimension.BYTES));
    form.put("rackPowerLimit", plain(base.rackPowerLimitWatts(), Dimension.POWER));
    form.put("powerBasis", base.powerBasis().key());
    form.put("guidance", base.guidance());
    form.put("checkpointModel", base.checkpointModel());
    List<String> cadences = new ArrayList<>();
    for (double seconds : base.checkpointCadencesSeconds()) {
      cadences.add(duration(seconds));
    }
    form.put("checkpointCadences", String.join(", ", cadences));
    form.put("checkpointMode", base.checkpointMode().key());
    List<Object> guidance = new ArrayList<>();
    for (GuidanceLevel g : catalog.guidance().values()) {
      guidance.add(Map.of("id", g.id(), "name", g.name()));
    }
    List<Object> bases = new ArrayList<>();
    for (PowerBasis b : PowerBasis.values()) {
      bases.add(Map.of("id", b.key(), "name", b.key()));
    }
    List<Object> models = new ArrayList<>();
    for (ModelPreset m : CheckpointCatalog.builtIn().models().values()) {
      models.add(Map.of("id", m.id(), "name", m.name()));
    }
    List<Object> modes = new ArrayList<>();
    for (CheckpointMode m : CheckpointMode.values()) {
      modes.add(Map.of("id", m.key(), "name", m.key()));
    }
    Map<String, Object> choices = new LinkedHashMap<>();
    choices.put("guidance", guidance);
    choices.put("powerBasis", bases);
    choices.put("checkpointModel", models);
    choices.put("checkpointMode", modes);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("scenario", base);
    out.put("form", form);
    out.put("choices", choices);
    json(ctx, out);
  }

  /** The download formats: every {@link ReportFormat}, so a new one shows up on the page. */
  void formats(Context ctx) {
    List<Object> out = new ArrayList<>();
    for (ReportFormat f : ReportFormat.values()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("key", f.key());
      m.put("extension", MediaTypes.extension(f));
      m.put("mediaType", MediaTypes.type(f));
      m.put("binary", f.binary());
      out.add(m);
    }
    json(ctx, out);
  }

  static void json(Context ctx, Object value) {
    try {
      ctx.contentType(JSON_TYPE).result(JSON.writeValueAsBytes(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /** GET reads the query string; POST a JSON body (an empty body is an empty request). */
  private static Node request(Context ctx) {
    if (ctx.method() == HandlerType.GET) {
      return Requests.query(ctx.queryParamMap());
    }
    String type = ctx.contentType();
    if (type == null || !type.split(";")[0].trim().equalsIgnoreCase("application/json")) {
      throw new HttpResponseException(415, "expected Content-Type: application/json, got "
          + (type == null ? "none" : type));
    }
    if (ctx.req().getContentLengthLong() > WebServer.MAX_BODY_BYTES) {
      // refused before reading: a client waiting on "Expect: 100-continue" sends nothing
      throw new HttpResponseException(413, "request body too large");
    }
    // strict: a Latin-1 body is refused at its line, as a file is, never read with U+FFFD
    String body = io.exaplan.config.Yaml.utf8(Requests.BODY, ctx.bodyAsBytes());
    return Requests.body(body.isBlank() ? "{}" : body);
  }

  private static byte[] render(ReportFormat f, Report r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      f.reporter().write(r, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** "90s", "5m", "24h": the largest whole unit, as a scenario file writes durations. */
  static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s != seconds || s <= 0) {
      return Units.sig(seconds).replace(",", "") + "s";
    }
    return s % 3600 == 0 ? s / 3600 + "h" : s % 60 == 0 ? s / 60 + "m" : s + "s";
  }

  /** "1 EB", "12 kW": a value the form can send back unchanged (no digit grouping). */
  private static String plain(double v, Dimension d) {
    return Units.human(v, d).replace(",", "");
  }

  private record Rendered(ReportFormat format, byte[] bytes) {}
}
