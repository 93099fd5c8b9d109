package io.exaplan.web;

import io.exaplan.catalog.Catalog;
import io.exaplan.report.Commands;
import io.exaplan.config.InputException;
import io.exaplan.design.Scenario;
import io.exaplan.report.Report;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.net.BindException;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The local web UI and its JSON API, on 127.0.0.1 only: a page that recomputes the comparison as
 * an architect edits the scenario, over the same registry, engine and reporters as the CLI.
 * Defences for a server any local page could call: Host checked (no DNS rebinding), bodies and
 * idle connections capped, computations bounded in time and number, answers never carry a stack
 * trace, and only the page's own listed files are served.
 */
public final class WebServer implements AutoCloseable {
  /** Loopback only: the UI is for the person at this machine, never the network. */
  public static final String HOST = "127.0.0.1";
  /** A scenario or claims request is a few kB; anything near this is not one. */
  static final long MAX_BODY_BYTES = 64 * 1024;
  /** A connection that sends nothing for this long is closed (slow or stuck clients). */
  static final long IDLE_TIMEOUT_MILLIS = 30_000;
  /** One comparison takes microseconds; this bounds the pathological ones. */
  static final long COMPUTE_TIMEOUT_MILLIS = 10_000;
  /** A simulation, a search or the deck takes seconds; past this it is stopped. */
  static final long HEAVY_TIMEOUT_MILLIS = 30_000;
  /**
   * Workers and queue places: the page's quick requests (compare on every edit) get their own
   * pool, so long ones (simulate, optimize, the deck) waiting or running never hold them up.
   */
  static final int LIGHT_THREADS = 2;
  static final int LIGHT_QUEUE = 32;
  static final int HEAVY_THREADS = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
  static final int HEAVY_QUEUE = 4;

  private final Javalin app;
  private final Compute compute;

  private WebServer(Javalin app, Compute compute) {
    this.app = app;
    this.compute = compute;
  }

  /**
   * Serves on 127.0.0.1:{@code port} (0: any free port) with {@code base} as the scenario every
   * request's {@code scenario} keys override, answering each of {@code commands} (the command
   * line's, handed over by {@code serve}: the server does not import the command line).
   *
   * @throws BindException when the port is taken
   */
  public static WebServer start(int port, Catalog catalog, Scenario base, Commands commands)
      throws BindException {
    return start(port, catalog, base, commands, new Compute(LIGHT_THREADS, LIGHT_QUEUE,
        HEAVY_THREADS, HEAVY_QUEUE, COMPUTE_TIMEOUT_MILLIS, HEAVY_TIMEOUT_MILLIS));
  }

  static WebServer start(int port, Catalog catalog, Scenario base, Commands commands,
      Compute compute) throws BindException {
    Api api = new Api(catalog, base, compute, commands);
    Assets assets = new Assets();
    Javalin app = Javalin.create(config -> configure(config, port, api, assets, commands));
    try {
      app.start();
    } catch (RuntimeException e) {
      compute.close();
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof BindException b) {
          throw b;
        }
      }
      throw e;
    }
    return new WebServer(app, compute);
  }

  private static void configure(JavalinConfig config, int port, Api api, Assets assets,
      Commands names) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.startup.startupWatcherEnabled = false;
    config.http.maxRequestSize = MAX_BODY_BYTES;
    config.http.prefer405over404 = true;
    config.jetty.modifyHttpConfiguration(h -> {
      h.setUriCompliance(UriCompliance.DEFAULT);
      h.setSendServerVersion(false);
      h.setSendXPoweredBy(false);
      h.setRequestHeaderSize(16 * 1024);
    });
    config.jetty.addConnector((server, http) -> {
      ServerConnector c = new ServerConnector(server, new HttpConnectionFactory(http));
      c.setHost(HOST);
      c.setPort(port);
      c.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
      return c;
    });

    config.routes.before(WebServer::guard);
    for (String path : assets.paths()) {
      config.routes.get(path, ctx -> {
        Assets.Asset a = assets.get(path);
        ctx.header("Cache-Control", "no-cache").contentType(a.mediaType()).result(a.bytes());
      });
    }
    // every command that prints a report runs as on the command line, through its one entry
    for (String name : names.names()) {
      Function<Binder, Report> build = b -> api.embedded(name, b);
      config.routes.get("/api/" + name, ctx -> api.report(ctx, name, build));
      config.routes.post("/api/" + name, ctx -> api.report(ctx, name, build));
      config.routes.get("/api/view/" + name, ctx -> api.view(ctx, name, build));
      config.routes.post("/api/view/" + name, ctx -> api.view(ctx, name, build));
    }
    config.routes.get("/api/report", api::visual);
    config.routes.post("/api/report", api::visual);
    config.routes.get("/api/view/report", api::drawings);
    config.routes.post("/api/view/report", api::drawings);
    config.routes.get("/api/scenario", api::scenario);
    config.routes.get("/api/formats", api::formats);

    config.routes.exception(InputException.class, (e, ctx) ->
        Api.json(ctx.status(400), Errors.of(e)));
    config.routes.exception(Compute.Unavailable.class, (e, ctx) ->
        Api.json(ctx.status(503), Errors.message(e.getMessage())));
    config.routes.exception(Compute.Busy.class, (e, ctx) -> Api.json(ctx.status(429)
        .header("Retry-After", String.valueOf(Compute.RETRY_AFTER_SECONDS)),
        Errors.message(e.getMessage())));
    config.routes.exception(HttpResponseException.class, (e, ctx) ->
        Api.json(ctx.status(e.getStatus()), Errors.message(describe(e))));
    config.routes.exception(Exception.class, (e, ctx) -> {
      java.io.IOException io = ioCause(e);
      if (io != null) {
        // a client that sent a short body, or too slowly, or went away: its problem, one line
        System.err.println("exaplan serve: could not read the request " + ctx.method() + " "
            + ctx.path() + " (" + io.getClass().getSimpleName() + ": " + io.getMessage() + ")");
        Api.json(ctx.status(400), Errors.message("could not read the whole request body; "
            + "expected as many bytes as Content-Length says, sent without long pauses"));
        return;
      }
      // The person running the server sees what went wrong; the response never does.
      System.err.println("exaplan serve: internal error on " + ctx.method() + " " + ctx.path());
      e.printStackTrace();
      Api.json(ctx.status(500), Errors.message(
          "internal error (a bug: please report it); details are in the server's terminal"));
    });
  }

  /** The I/O failure behind {@code e} (reading a body from a client), or null for a bug. */
  private static java.io.IOException ioCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.io.IOException io) {
        return io;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  /** Loopback Host only (a rebinding page's Host names its own domain) and safe headers. */
  private static void guard(Context ctx) {
    int port = ctx.req().getLocalPort();
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; "
        + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
    if (ctx.path().startsWith("/api/")) {
      ctx.header("Cache-Control", "no-store");
    }
    String host = ctx.header("Host");
    if (host == null) {
      // HTTP/1.0 may leave it out; no browser page can send such a request
      throw new HttpResponseException(400, "the request has no Host header; expected Host: "
          + HOST + ":" + port);
    }
    if (!Set.of(HOST + ":" + port, "localhost:" + port).contains(host)) {
      throw new HttpResponseException(403, "the Host header does not name this server; open "
          + "http://" + HOST + ":" + port + "/");
    }
  }

  private static String describe(HttpResponseException e) {
    switch (e.getStatus()) {
      case 404:
        return "not found";
      case 405:
        return "method not allowed";
      case 413:
        return "request body larger than " + MAX_BODY_BYTES / 1024 + " KiB";
      default:
        return e.getMessage();
    }
  }

  public int port() {
    return app.port();
  }

  /** "http://127.0.0.1:PORT/". */
  public String url() {
    return "http://" + HOST + ":" + port() + "/";
  }

  @Override
  public void close() {
    app.stop();
    compute.close();
  }
}
