package io.exaplan.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The JSON contract: SI units, keys named with their unit, stable order, never closes stdout. A
 * figure that is not a number (an absent limit held as NaN, a time that is infinite) is written
 * {@code null}: Jackson's default, the string "NaN" in a number's place, is not a number to any
 * JSON reader.
 */
final class JsonReporter implements Reporter {
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .addModule(new com.fasterxml.jackson.databind.module.SimpleModule("finite")
          .addSerializer(Double.class, new Finite())
          .addSerializer(Double.TYPE, new Finite()))
      .build();

  /** A double as Jackson writes it, or null when it is NaN or infinite. */
  private static final class Finite
      extends com.fasterxml.jackson.databind.ser.std.StdSerializer<Double> {
    Finite() {
      super(Double.class);
    }

    @Override
    public void serialize(Double v, JsonGenerator g,
        com.fasterxml.jackson.databind.SerializerProvider p) throws IOException {
      if (v.isNaN() || v.isInfinite()) {
        g.writeNull();
      } else {
        g.writeNumber(v);
      }
    }
  }

  @Override
  public void write(Report report, OutputStream out) throws IOException {
    MAPPER.writeValue(out, report.json());
    out.write('\n');
    out.flush();
  }
}
