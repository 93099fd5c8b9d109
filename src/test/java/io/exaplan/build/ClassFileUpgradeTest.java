package io.exaplan.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ClassFileUpgradeTest {
  /** The picocli jar the build shades, as the test class path has it. */
  private static Path picocliJar() throws Exception {
    return Path.of(CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** Every class of picocli's jar, upgraded, by binary name. */
  private static Map<String, byte[]> upgradedPicocli() throws Exception {
    Map<String, byte[]> classes = new HashMap<>();
    try (ZipFile jar = new ZipFile(picocliJar().toFile())) {
      for (ZipEntry e : Collections.list(jar.entries())) {
        String n = e.getName();
        if (!n.startsWith("picocli/") || !n.endsWith(".class")) {
          continue;
        }
        try (InputStream in = jar.getInputStream(e)) {
          byte[] old = in.readAllBytes();
          // the reason for the upgrade: picocli ships Java 5 class files
          assertThat(ClassFileUpgrade.major(old)).as(n).isEqualTo(49);
          classes.put(n.substring(0, n.length() - 6).replace('/', '.'),
              ClassFileUpgrade.upgrade(old, CommandLine.class.getClassLoader()));
        }
      }
    }
    return classes;
  }

  /** Loads the upgraded classes only (never picocli's originals), verified as any app class. */
  private static final class Upgraded extends ClassLoader {
    private final Map<String, byte[]> classes;

    Upgraded(Map<String, byte[]> classes) {
      super(ClassLoader.getPlatformClassLoader());
      this.classes = classes;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] b = classes.get(name);
      if (b == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, b, 0, b.length);
    }
  }

  @Test
  void upgrade_picocli_everyClassIsJava8AndPassesTheTypeCheckingVerifier() throws Exception {
    Map<String, byte[]> classes = upgradedPicocli();
    assertThat(classes).hasSizeGreaterThan(200);
    Upgraded loader = new Upgraded(classes);
    List<String> names = new ArrayList<>(classes.keySet());
    Collections.sort(names);
    for (String n : names) {
      assertThat(ClassFileUpgrade.major(classes.get(n))).as(n).isEqualTo(52);
      Class<?> c = Class.forName(n, false, loader);
      assertThat(c.getClassLoader()).isSameAs(loader);
      // reflection links the class, and linking verifies it: a wrong frame is a VerifyError here
      c.getDeclaredMethods();
    }
  }

  @Test
  void upgrade_picocli_runsAsTheOriginal() throws Exception {
    Upgraded loader = new Upgraded(upgradedPicocli());
    Class<?> cl = Class.forName("picocli.CommandLine", true, loader);
    Class<?> help = Class.forName("picocli.CommandLine$HelpCommand", true, loader);
    Object upgraded = cl.getConstructor(Object.class)
        .newInstance(help.getConstructor().newInstance());
    Method usage = cl.getMethod("getUsageMessage");
    String original = new CommandLine(new CommandLine.HelpCommand()).getUsageMessage();
    assertThat(original).contains("help");
    assertThat(usage.invoke(upgraded)).isEqualTo(original);
  }

  @Test
  void upgradeJar_rewritesOnlyOldClassesUnderThePrefixes_keepingOrderTimesAndOtherBytes(
      @TempDir Path dir) throws Exception {
    byte[] old = ClassFileUpgrade.classFile(CommandLine.class.getClassLoader(),
        "picocli/CommandLine$Range.class");
    byte[] mine = ClassFileUpgrade.classFile(ClassFileUpgradeTest.class.getClassLoader(),
        "io/exaplan/build/ClassFileUpgrade.class");
    Path jar = dir.resolve("t.jar");
    long time = 1_700_000_000_000L;
    String[] names = {"META-INF/MANIFEST.MF", "picocli/CommandLine$Range.class",
        "other/Old.class", "io/exaplan/build/ClassFileUpgrade.class"};
    byte[][] bodies = {"Manifest-Version: 1.0\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        old, old, mine};
    try (OutputStream f = Files.newOutputStream(jar); ZipOutputStream z = new ZipOutputStream(f)) {
      for (int i = 0; i < names.length; i++) {
        ZipEntry e = new ZipEntry(names[i]);
        e.setTime(time);
        z.putNextEntry(e);
        z.write(bodies[i]);
        z.closeEntry();
      }
    }

    assertThat(ClassFileUpgrade.upgradeJar(jar, "picocli/")).isEqualTo(1);
    // a second run finds nothing older than Java 6 under the prefix
    assertThat(ClassFileUpgrade.upgradeJar(jar, "picocli/")).isZero();

    try (ZipFile z = new ZipFile(jar.toFile())) {
      List<String> order = new ArrayList<>();
      for (ZipEntry e : Collections.list(z.entries())) {
        order.add(e.getName());
        assertThat(e.getTime()).as(e.getName()).isEqualTo(time);
      }
      assertThat(order).containsExactly(names);
      assertThat(ClassFileUpgrade.major(read(z, names[1]))).isEqualTo(52);
      // outside the prefix, and already new: byte for byte as written
      assertThat(read(z, names[0])).isEqualTo(bodies[0]);
      assertThat(read(z, names[2])).isEqualTo(old);
      assertThat(read(z, names[3])).isEqualTo(mine);
    }
  }

  private static byte[] read(ZipFile z, String name) throws IOException {
    try (InputStream in = z.getInputStream(z.getEntry(name))) {
      return in.readAllBytes();
    }
  }
}
