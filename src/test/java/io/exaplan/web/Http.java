package io.exaplan.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Test client: java.net.http for ordinary requests, a raw socket for the ones it would refuse. */
final class Http {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private final String base;
  private final int port;

  Http(WebServer server) {
    this.port = server.port();
    this.base = "http://127.0.0.1:" + port;
  }

  HttpResponse<byte[]> get(String pathAndQuery) throws IOException, InterruptedException {
    return CLIENT.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<byte[]> post(String path, String json) throws IOException, InterruptedException {
    return post(path, "application/json", HttpRequest.BodyPublishers.ofString(json));
  }

  HttpResponse<byte[]> post(String path, String type, HttpRequest.BodyPublisher body)
      throws IOException, InterruptedException {
    return CLIENT.send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", type).POST(body).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  static String text(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  /** A request written byte for byte (paths and Host headers no client library would send). */
  Raw raw(String requestLine, String host) throws IOException {
    return raw(requestLine, host, "");
  }

  /** {@code headers}: more header lines, each ending in CRLF. No body is sent. */
  Raw raw(String requestLine, String host, String headers) throws IOException {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write((requestLine + "\r\nHost: " + host + "\r\n" + headers
          + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      String response = all.toString(StandardCharsets.ISO_8859_1);
      int status = Integer.parseInt(response.substring(9, 12));
      int split = response.indexOf("\r\n\r\n");
      return new Raw(status, response.substring(0, split), response.substring(split + 4));
    }
  }

  Raw raw(String requestLine) throws IOException {
    return raw(requestLine, "127.0.0.1:" + port);
  }

  record Raw(int status, String headers, String body) {}
}
