package io.exaplan.report;

import io.exaplan.config.InputException;
import io.exaplan.config.OutputException;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a file, or a folder of files, so that readers see either the old content or the whole
 * new content, never a half-written one: everything goes to a temp file (or temp folder) of our
 * own naming in the same folder, is flushed and synced to the disk with every write checked, and
 * only then moved over the target.
 *
 * <p>Targets: an existing regular file is replaced; a symbolic link is written through, that is
 * the regular file it points to is replaced and the link stays; anything else (a folder where a
 * file is expected, a device such as {@code /dev/null}, a FIFO, a socket, a dangling link) is
 * refused as bad input (exit 2) before anything is written. A failed write (a full disk, no
 * permission) is an {@link OutputException} (exit 3): the temp is removed and the earlier file
 * is untouched.
 *
 * <p>Temps are named {@code .NAME.exaplan-RANDOM.tmp} and locked while written; a later write
 * into the same folder removes every such temp that no live writer holds (left by a kill -9).
 */
public final class AtomicFile {
  /** Marks the temps this class names; nothing else in a folder is ever removed. */
  static final String MARK = ".exaplan-";
  static final String SUFFIX = ".tmp";
  /** Inside a temp folder while it is being written: held locked by the writer. */
  static final String LOCK = ".exaplan-lock";
  private static final Pattern OURS = Pattern.compile("\\..*\\.exaplan-[0-9a-z]+\\.tmp");
  /**
   * Temps of the earlier naming (".NAME" + Files.createTempFile's 15-20 digits + ".tmp", never
   * locked) for the extensions exaplan writes: removed the same way.
   */
  private static final Pattern LEGACY = Pattern.compile(
      "\\..+\\.(json|csv|md|txt|xlsx|html|pptx|svg|png|yaml|yml)[0-9]{15,20}\\.tmp");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int BUFFER = 64 * 1024;
  /** A temp folder without its lock file older than this is a leftover. */
  private static final long UNLOCKED_FOLDER_AGE_MS = 60_000;

  private static final ThreadLocal<UnaryOperator<OutputStream>> FILTER = new ThreadLocal<>();

  private AtomicFile() {}

  /** Something that writes a whole file to a stream. */
  @FunctionalInterface
  public interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  /** A folder being written: each file by its path relative to the folder ("a/b.yaml"). */
  @FunctionalInterface
  public interface Folder {
    void write(String relative, Body body) throws IOException;
  }

  /** Something that writes the files of a folder. */
  @FunctionalInterface
  public interface FolderBody {
    void writeInto(Folder folder) throws IOException;
  }

  /** {@link #write(String, Path, Body)} for {@code --out}. */
  public static void write(Path target, Body body) throws IOException {
    write("--out", target, body);
  }

  /**
   * Writes {@code target} (named by {@code flag} in messages) atomically.
   *
   * @throws InputException the target is not something exaplan may replace (exit 2)
   * @throws OutputException the write failed (exit 3); nothing was changed
   */
  public static void write(String flag, Path target, Body body) throws IOException {
    Path abs = fileTarget(flag, target);
    Path dir = abs.getParent();
    sweep(dir);
    Path tmp = createTemp(flag, target, dir, false);
    boolean done = false;
    try {
      permissionsLike(tmp, abs, "rw-r--r--");
      writeFile(flag, target, tmp, body, abs);
      done = true;
      syncFolder(dir);
    } catch (IOException e) {
      throw failed(flag, target, e);
    } finally {
      if (!done) {
        deleteQuietly(tmp);
      }
    }
  }

  /**
   * Writes the folder {@code target} atomically: its files go to a temp folder, which then
   * takes the target's place. An existing target holding only files that {@code ours} accepts
   * (relative paths, "/"-separated; what an earlier run wrote) is replaced whole; one holding
   * anything else keeps that and gets the new files moved in one by one (each file whole).
   */
  public static void writeFolder(String flag, Path target, Predicate<String> ours,
      FolderBody body) throws IOException {
    Path abs = folderTarget(flag, target);
    Path parent = abs.getParent();
    boolean exists = Files.exists(abs, LinkOption.NOFOLLOW_LINKS);
    boolean replace = !exists || onlyOurs(abs, ours);
    sweep(parent);
    Path tmp = createTemp(flag, target, parent, true);
    boolean done = false;
    try {
      Path lock = tmp.resolve(LOCK);
      try (FileChannel lc = FileChannel.open(lock, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE); FileLock held = tryLock(lc)) {
        body.writeInto((relative, b) -> writeFile(flag, target, inside(flag, tmp, relative),
            b, null));
      }
      Files.delete(lock);
      syncFolder(tmp);
      if (!exists) {
        permissionsLike(tmp, null, "rwxr-xr-x");
        move(tmp, abs);
      } else if (replace) {
        permissionsLike(tmp, abs, "rwxr-xr-x");
        Path old = parent.resolve("." + abs.getFileName() + MARK + token() + SUFFIX);
        move(abs, old);
        move(tmp, abs);
        deleteQuietly(old);
      } else {
        moveFilesInto(tmp, abs);
        deleteQuietly(tmp);
      }
      done = true;
      syncFolder(parent);
    } catch (IOException e) {
      throw failed(flag, target, e);
    } finally {
      if (!done) {
        deleteQuietly(tmp);
      }
    }
  }

  /**
   * Runs {@code action} with every output stream this thread opens passed through
   * {@code filter} first: how the tests put a failing disk under every writer.
   */
  public static <T> T withStreamFilter(UnaryOperator<OutputStream> filter,
      Callable<T> action) throws Exception {
    UnaryOperator<OutputStream> before = FILTER.get();
    FILTER.set(filter);
    try {
      return action.call();
    } finally {
      FILTER.set(before);
    }
  }

  // ---------------------------------------------------------------- targets

  /** The regular file to replace: the target itself, or a link's target file. */
  static Path fileTarget(String flag, Path target) {
    Path abs = target.toAbsolutePath();
    if (abs.getFileName() == null) {
      throw new InputException(flag + ": " + target + " is not a file name; expected a file "
          + "such as report.json");
    }
    if (Files.isSymbolicLink(abs)) {
      Path real;
      try {
        real = abs.toRealPath();
      } catch (IOException e) {
        throw new InputException(flag + ": " + target + " is a symbolic link to a missing file; "
            + "expected a file, or a link to one");
      }
      if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
        throw new InputException(flag + ": " + target + " is a symbolic link to " + real
            + ", which is not a regular file; exaplan replaces only regular files");
      }
      return real;
    }
    BasicFileAttributes a = attributes(abs);
    if (a != null && a.isDirectory()) {
      throw new InputException(flag + ": " + target + " is a folder; expected a file name");
    }
    if (a != null && !a.isRegularFile()) {
      throw new InputException(flag + ": " + target + " is not a regular file (a device, FIFO "
          + "or socket); exaplan replaces only regular files");
    }
    folderMustExist(flag, abs.getParent());
    return abs;
  }

  /** The folder to write: the target, or a link's target folder. */
  static Path folderTarget(String flag, Path target) {
    Path abs = target.toAbsolutePath();
    if (abs.getFileName() == null) {
      throw new InputException(flag + ": " + target + " is the root folder; expected a folder "
          + "to create or fill, such as drawings");
    }
    if (Files.isSymbolicLink(abs)) {
      try {
        abs = abs.toRealPath();
      } catch (IOException e) {
        throw new InputException(flag + ": " + target + " is a symbolic link to a missing "
            + "folder; expected a folder, or a link to one");
      }
    }
    BasicFileAttributes a = attributes(abs);
    if (a != null && !a.isDirectory()) {
      throw new InputException(flag + ": " + target + " is " + (a.isRegularFile() ? "a file"
          : "not a folder (a device, FIFO or socket)") + "; expected a folder");
    }
    folderMustExist(flag, abs.getParent());
    return abs;
  }

  private static void folderMustExist(String flag, Path dir) {
    if (dir == null || !Files.isDirectory(dir)) {
      throw new InputException(flag + ": folder " + dir + " does not exist");
    }
  }

  private static BasicFileAttributes attributes(Path p) {
    try {
      return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return null;
    }
  }

  /** Whether every entry below {@code dir} is a file or folder an earlier run wrote. */
  private static boolean onlyOurs(Path dir, Predicate<String> ours) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(p -> !p.equals(dir)).allMatch(p -> {
        BasicFileAttributes a = attributes(p);
        String rel = dir.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
        return a != null && (a.isRegularFile() || a.isDirectory()) && ours.test(rel);
      });
    }
  }

  /** {@code relative} below {@code root}; a name that would leave the folder is refused. */
  private static Path inside(String flag, Path root, String relative) {
    Path p = root.resolve(relative).normalize();
    if (relative.isEmpty() || !p.startsWith(root) || p.equals(root)
        || relative.contains("\\") || relative.contains("\0")) {
      throw new InputException(flag + ": the file name '" + relative + "' would leave the "
          + "folder; expected a plain name (check the ids in the catalog)");
    }
    return p;
  }

  // ---------------------------------------------------------------- writing

  private static Path createTemp(String flag, Path target, Path dir, boolean folder)
      throws IOException {
    Path name = target.toAbsolutePath().getFileName();
    for (int attempt = 0; ; attempt++) {
      Path tmp = dir.resolve("." + name + MARK + token() + SUFFIX);
      try {
        return folder ? Files.createDirectory(tmp) : Files.createFile(tmp);
      } catch (FileAlreadyExistsException e) {
        if (attempt > 10) {
          throw e;
        }
      } catch (IOException e) {
        throw failed(flag, target, e);
      }
    }
  }

  private static String token() {
    return Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
  }

  /**
   * Writes {@code file} through a checked stream, then flushes and syncs it; then, still holding
   * its lock, moves it to {@code moveTo} (when given: {@code file} is an existing temp). A write
   * that failed is a failure even when the body swallowed the exception.
   */
  private static void writeFile(String flag, Path target, Path file, Body body, Path moveTo)
      throws IOException {
    if (moveTo == null) {
      Files.createDirectories(file.getParent());
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE,
        moveTo != null ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.CREATE_NEW);
        FileLock held = tryLock(ch)) {
      OutputStream raw = Channels.newOutputStream(ch);
      UnaryOperator<OutputStream> filter = FILTER.get();
      Checked out = new Checked(new BufferedOutputStream(filter == null ? raw
          : filter.apply(raw), BUFFER));
      try {
        body.writeTo(out);
        out.finish();
      } catch (InputException | OutputException e) {
        throw e;
      } catch (IOException | UncheckedIOException e) {
        throw out.failure != null ? out.failure : e instanceof IOException io ? io
            : ((UncheckedIOException) e).getCause();
      } catch (RuntimeException e) {
        IOException cause = out.failure != null ? out.failure : ioCause(e);
        if (cause == null) {
          throw e;
        }
        throw cause;
      }
      ch.force(true);
      if (moveTo != null) {
        move(file, moveTo);
      }
    }
  }

  private static IOException ioCause(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof IOException io) {
        return io;
      }
    }
    return null;
  }

  /** Remembers the first failed write; the body may close it, which only flushes. */
  private static final class Checked extends FilterOutputStream {
    IOException failure;

    Checked(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void close() throws IOException {
      flush();
    }

    void finish() throws IOException {
      flush();
      if (failure != null) {
        throw failure;
      }
    }

    private IOException remember(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return e;
    }
  }

  private static FileLock tryLock(FileChannel ch) {
    try {
      return ch.tryLock();
    } catch (IOException | OverlappingFileLockException | UnsupportedOperationException e) {
      return null; // a file system without locks: the temp is still ours, just not marked live
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void moveFilesInto(Path from, Path to) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> all = Files.walk(from)) {
      all.filter(Files::isRegularFile).sorted().forEach(files::add);
    }
    for (Path f : files) {
      Path dest = to.resolve(from.relativize(f).toString());
      Files.createDirectories(dest.getParent());
      if (Files.exists(dest, LinkOption.NOFOLLOW_LINKS)
          && !Files.isRegularFile(dest, LinkOption.NOFOLLOW_LINKS)) {
        throw new InputException("--out: " + dest + " is not a regular file; exaplan replaces "
            + "only regular files");
      }
      move(f, dest);
    }
  }

  /** Syncs a folder's entry list, so the move survives a power cut; not every OS allows it. */
  private static void syncFolder(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // folders cannot be opened for sync here (Windows): the move is still atomic
    }
  }

  /**
   * A temp is created owner-only; the result should have the permissions of what it replaces,
   * or those of an ordinary new file or folder.
   */
  private static void permissionsLike(Path tmp, Path target, String fresh) throws IOException {
    if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    Set<PosixFilePermission> perms = target != null && Files.exists(target)
        ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString(fresh);
    Files.setPosixFilePermissions(tmp, perms);
  }

  private static OutputException failed(String flag, Path target, IOException e) {
    String why = e instanceof NoSuchFileException ? "a folder on the way disappeared"
        : e instanceof AccessDeniedException ? "permission denied"
        : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new OutputException(flag + ": cannot write " + target + " (" + why + "); nothing "
        + "was changed", e);
  }

  // ---------------------------------------------------------------- leftovers

  /** Removes the temps of our naming in {@code dir} that no live writer holds. */
  static void sweep(Path dir) {
    List<Path> stale = new ArrayList<>();
    try (Stream<Path> entries = Files.list(dir)) {
      entries.filter(p -> {
        String n = p.getFileName().toString();
        return OURS.matcher(n).matches() || LEGACY.matcher(n).matches();
      }).forEach(stale::add);
    } catch (IOException | UncheckedIOException e) {
      return; // an unlistable folder: the write itself will say why
    }
    for (Path p : stale) {
      BasicFileAttributes a = attributes(p);
      if (a == null) {
        continue;
      }
      if (a.isRegularFile() ? !held(p) : a.isDirectory() && abandoned(p, a)) {
        deleteQuietly(p);
      }
    }
  }

  private static boolean abandoned(Path folder, BasicFileAttributes a) {
    Path lock = folder.resolve(LOCK);
    if (Files.isRegularFile(lock, LinkOption.NOFOLLOW_LINKS)) {
      return !held(lock);
    }
    return System.currentTimeMillis() - a.lastModifiedTime().toMillis() > UNLOCKED_FOLDER_AGE_MS
        || !OURS.matcher(folder.getFileName().toString()).matches();
  }

  /** Whether a writer (this process or another) holds {@code file} locked. */
  private static boolean held(Path file) {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      FileLock l = ch.tryLock();
      if (l == null) {
        return true;
      }
      l.release();
      return false;
    } catch (OverlappingFileLockException e) {
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      return true; // cannot tell: leave it
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(p)) {
          walk.sorted(Comparator.reverseOrder()).forEach(all::add);
        }
        for (Path q : all) {
          Files.deleteIfExists(q);
        }
      } else {
        Files.deleteIfExists(p);
      }
    } catch (IOException | UncheckedIOException e) {
      // best effort: a leftover is removed by the next write into this folder
    }
  }
}
