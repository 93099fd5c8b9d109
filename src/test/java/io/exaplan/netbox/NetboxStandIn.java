package io.exaplan.netbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** For tests outside this package: an export folder imports into the NetBox stand-in. */
public final class NetboxStandIn {
  private NetboxStandIn() {}

  /** Imports {@code out} ({@code option}'s files) by NetBox's rules; device types by the schema. */
  public static void check(Path out, String option) throws Exception {
    NetboxModel.load(out, List.of(option));
    try (Stream<Path> s = Files.walk(out.resolve("shared/3-device-types"))) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        assertThat(NetboxSchemaTest.errors(Files.readString(p))).as(p.toString()).isEmpty();
      }
    }
  }
}
