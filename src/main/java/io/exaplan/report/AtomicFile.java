package io.exaplan.report;

import io.exaplan.config.InputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that readers see either the old content or the whole new content, never a
 * half-written one: write a temp file in the same folder, then move it over the target.
 */
public final class AtomicFile {
  private AtomicFile() {}

  /** Something that writes a whole file to a stream. */
  @FunctionalInterface
  public interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * A temp file is created owner-only; the result should have the permissions of the file it
   * replaces, or those of an ordinary new file (rw-r--r--).
   */
  private static void readableLikeAnyFile(Path tmp, Path target) throws IOException {
    if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = Files.exists(target)
        ? Files.getPosixFilePermissions(target)
        : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(tmp, perms);
  }

  public static void write(Path target, Body body) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new InputException("--out: folder " + dir + " does not exist");
    }
    if (Files.isDirectory(abs)) {
      throw new InputException("--out: " + target + " is a folder; expected a file name");
    }
    Path tmp;
    try {
      tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
    } catch (NoSuchFileException | java.nio.file.AccessDeniedException e) {
      throw new InputException("--out: cannot write in " + dir + " (" + e.getClass()
          .getSimpleName() + ")");
    }
    boolean done = false;
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        body.writeTo(out);
      }
      readableLikeAnyFile(tmp, abs);
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
      done = true;
    } finally {
      if (!done) {
        Files.deleteIfExists(tmp);
      }
    }
  }
}
