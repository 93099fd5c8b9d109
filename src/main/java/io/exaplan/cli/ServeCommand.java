package io.exaplan.cli;

import io.exaplan.catalog.Catalog;
import io.exaplan.config.InputException;
import io.exaplan.design.Scenario;
import io.exaplan.web.WebServer;
import java.io.PrintWriter;
import java.net.BindException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The local web UI: starts the server, prints its URL, and stops it on Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the web UI and JSON API on 127.0.0.1 (never another interface) until "
        + "Ctrl-C. --scenario and --catalog set what the page starts from.")
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--port", paramLabel = "P", defaultValue = "8765",
      description = "TCP port on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Mixin InputOptions input;
  @Spec CommandSpec spec;

  private final CountDownLatch stopRequested = new CountDownLatch(1);
  private final CountDownLatch stopped = new CountDownLatch(1);

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new InputException("--port: must be from 0 to 65535, got " + port);
    }
    Catalog c = input.catalog();
    Scenario s = input.scenario(c);
    PrintWriter out = spec.commandLine().getOut();
    WebServer server;
    try {
      server = WebServer.start(port, c, s, Embedded.COMMANDS);
    } catch (BindException e) {
      throw new InputException("--port: " + WebServer.HOST + ":" + port
          + " is already in use; choose another port with --port");
    }
    // Ctrl-C runs shutdown hooks: ask the main thread to stop the server, and wait for it.
    Thread hook = new Thread(() -> {
      stopRequested.countDown();
      try {
        stopped.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "exaplan-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      out.println("exaplan: serving " + server.url() + " (Ctrl-C to stop)");
      out.flush();
      stopRequested.await();
    } finally {
      server.close();
      out.println("exaplan: stopped");
      out.flush();
      stopped.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // the JVM is already shutting down (Ctrl-C): the hook is running
      }
    }
    return 0;
  }

  /** Stops a running {@code serve}, as Ctrl-C does; for in-process callers. */
  void stop() {
    stopRequested.countDown();
  }
}
