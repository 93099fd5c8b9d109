package io.exaplan.report;

import java.io.IOException;
import java.io.OutputStream;

/** Renders a {@link Report} to a stream. Never closes the stream (it may be stdout). */
public interface Reporter {
  void write(Report report, OutputStream out) throws IOException;
}
