package io.exaplan.report;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The static initialisers a cold JVM's first workbook runs, run ahead on the second core. About a
 * quarter of the first POI workbook's CPU is class initialisation that later workbooks never
 * repeat (JFR, {@code compare --format xlsx}): XMLBeans loading the OOXML schema type system
 * ({@code CTWorkbook}), POI's function tables ({@code AnalysisToolPak}, {@code FunctionEval}),
 * log4j behind POI's first document part, POI's XML helpers and the JDK's XML serializer
 * encodings. {@code compare --format xlsx} spends its first few hundred milliseconds parsing
 * flags, loading inputs and sizing with the second core mostly idle; {@link #start} runs those
 * initialisers there meanwhile. It builds no workbook: the work is what the real workbook would
 * do first, moved, not added to.
 *
 * <p>The real workbook never runs beside it: {@link XlsxReporter#write} first waits for it to end
 * ({@link #await}), so POI is never initialised from two threads at once and the bytes are those
 * of a run without it. A class that fails to initialise is left alone: the real workbook meets
 * the same problem and reports it.
 */
public final class WorkbookWarmUp {
  /** Initialised in this order; each one's static initialiser is one of the costs above. */
  static final String[] CLASSES = {
      "org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook",
      "org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet",
      "org.openxmlformats.schemas.spreadsheetml.x2006.main.StyleSheetDocument",
      "org.openxmlformats.schemas.spreadsheetml.x2006.main.SstDocument",
      "org.apache.poi.ooxml.POIXMLDocumentPart",
      "org.apache.poi.ooxml.POIXMLProperties",
      "org.apache.poi.xssf.usermodel.XSSFWorkbook",
      "org.apache.poi.ss.formula.udf.AggregatingUDFFinder",
      "org.apache.poi.ss.formula.eval.FunctionEval",
      "org.apache.poi.ooxml.util.DocumentHelper",
      "org.apache.poi.util.XMLHelper"};

  private static Thread running;

  private WorkbookWarmUp() {}

  /** Starts the warm-up once, on a daemon thread (it never keeps the JVM alive). */
  public static synchronized void start() {
    if (running != null) {
      return;
    }
    running = new Thread(new Run(), "workbook-warm-up");
    running.setDaemon(true);
    running.start();
  }

  /** Waits until a started warm-up has ended; returns at once when none was started. */
  static void await() {
    Thread t;
    synchronized (WorkbookWarmUp.class) {
      t = running;
    }
    if (t == null) {
      return;
    }
    boolean interrupted = false;
    while (t.isAlive()) {
      try {
        t.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static final class Run implements Runnable {
    @Override
    public void run() {
      ClassLoader loader = WorkbookWarmUp.class.getClassLoader();
      for (String c : CLASSES) {
        try {
          Class.forName(c, true, loader);
        } catch (Throwable ignored) {
          // only a warm-up: the real workbook initialises it again and reports what goes wrong
        }
      }
      try {
        // the JDK serializer's encodings table, read when POI saves its first DOM part
        javax.xml.transform.Transformer t = org.apache.poi.util.XMLHelper.newTransformer();
        t.transform(new javax.xml.transform.dom.DOMSource(
            org.apache.poi.ooxml.util.DocumentHelper.createDocument()),
            new javax.xml.transform.stream.StreamResult(java.io.OutputStream.nullOutputStream()));
      } catch (Throwable ignored) {
        // as above
      }
    }
  }
}
