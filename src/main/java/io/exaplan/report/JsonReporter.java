package io.exaplan.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;

/** The JSON contract: SI units, keys named with their unit, stable order, never closes stdout. */
final class JsonReporter implements Reporter {
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .build();

  @Override
  public void write(Report report, OutputStream out) throws IOException {
    MAPPER.writeValue(out, report.json());
    out.write('\n');
    out.flush();
  }
}
