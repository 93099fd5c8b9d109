package io.exaplan.build;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * A build step (run by the pom between the shade and the class-data-sharing archive): rewrites
 * the classes of the shaded jar that are older than Java 6's class-file format (picocli's, built
 * for Java 5) as Java 8 class files, with the stack-map frames ASM computes, and changes nothing
 * else. JDK 17's AppCDS skips every class older than version 50, so each run of {@code
 * ./exaplan} loaded picocli's ~180 classes from the jar and verified them with the old
 * type-inferring verifier (about a third of a short command's picocli start-up); rewritten, the
 * training run archives them with the rest. Not shipped: it lives with the build's test classes,
 * as ASM is a test-scope dependency.
 *
 * <p>{@code java io.exaplan.build.ClassFileUpgrade JAR PREFIX...}: the old classes whose entry
 * names start with a PREFIX are upgraded. The pom names only picocli, which every command loads:
 * the jar's other Java 5 classes (about 1,300 of Apache's, ASM's, JetBrains' annotations) are
 * left as their authors built them.
 */
public final class ClassFileUpgrade {
  /** Java 6's class-file major version: the oldest that AppCDS archives. */
  static final int ARCHIVABLE = Opcodes.V1_6;
  /** What upgraded classes become: Java 8 (52), verified by type checking with their frames. */
  static final int TARGET = Opcodes.V1_8;

  private ClassFileUpgrade() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: ClassFileUpgrade JAR PREFIX...");
      System.exit(2);
    }
    Path jar = Path.of(args[0]);
    String[] prefixes = java.util.Arrays.copyOfRange(args, 1, args.length);
    int n = upgradeJar(jar, prefixes);
    System.out.println("class-file upgrade: " + n + " classes of " + jar.getFileName()
        + " rewritten as Java 8 class files");
  }

  /**
   * Rewrites the old classes under {@code prefixes} in {@code jar}, in place, each with its
   * entry's time; returns how many. The jar is updated through the JDK's zip file system, which
   * copies every other entry's compressed bytes as they are (re-deflating the whole 34 MB jar
   * cost several seconds of the build).
   */
  static int upgradeJar(Path jar, String... prefixes) throws IOException {
    Map<String, byte[]> upgraded = new LinkedHashMap<>();
    Map<String, FileTime> times = new LinkedHashMap<>();
    try (ZipFile in = new ZipFile(jar.toFile());
        URLClassLoader types = new URLClassLoader(new URL[] {jar.toUri().toURL()},
            ClassLoader.getPlatformClassLoader())) {
      Enumeration<? extends ZipEntry> entries = in.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        if (e.isDirectory() || !e.getName().endsWith(".class")
            || !startsWithAny(e.getName(), prefixes)) {
          continue;
        }
        byte[] bytes;
        try (InputStream s = in.getInputStream(e)) {
          bytes = s.readAllBytes();
        }
        if (major(bytes) < ARCHIVABLE) {
          upgraded.put(e.getName(), upgrade(bytes, types));
          times.put(e.getName(), e.getLastModifiedTime());
        }
      }
    }
    if (upgraded.isEmpty()) {
      return 0;
    }
    try (FileSystem zip = FileSystems.newFileSystem(jar)) {
      for (Map.Entry<String, byte[]> u : upgraded.entrySet()) {
        Path entry = zip.getPath(u.getKey());
        Files.write(entry, u.getValue());
        Files.setLastModifiedTime(entry, times.get(u.getKey()));
      }
    }
    return upgraded.size();
  }

  /**
   * One class file as a Java 8 one: the same members and bytecode, the version raised and the
   * stack-map frames the type-checking verifier needs computed; {@code types} resolves the
   * classes ASM asks about when it merges two types in a frame.
   */
  static byte[] upgrade(byte[] classFile, ClassLoader types) {
    ClassReader reader = new ClassReader(classFile);
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
      @Override
      protected ClassLoader getClassLoader() {
        return types;
      }
    };
    reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
      @Override
      public void visit(int version, int access, String name, String signature,
          String superName, String[] interfaces) {
        super.visit(TARGET, access, name, signature, superName, interfaces);
      }
    }, 0);
    return writer.toByteArray();
  }

  /** The class file's major version (bytes 6 and 7, after the magic number and the minor). */
  static int major(byte[] classFile) {
    return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
  }

  private static boolean startsWithAny(String name, String[] prefixes) {
    for (String p : prefixes) {
      if (name.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /** For tests: the bytes of a class file on {@code loader}'s class path. */
  static byte[] classFile(ClassLoader loader, String entry) throws IOException {
    try (InputStream in = loader.getResourceAsStream(entry)) {
      if (in == null) {
        throw new IOException("no " + entry);
      }
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      in.transferTo(b);
      return b.toByteArray();
    }
  }
}
