package io.aidfacts.bulk;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns command-line arguments into the list of inputs: files as given, folders walked
 * recursively in path order, {@code -} for standard input.
 *
 * <p>In a folder, hidden files and folders (a leading dot: {@code .git}, editor swap files)
 * and Markdown files ({@code README.md} describing a corpus) are not articles and are left
 * out; a file named explicitly is always read. Discovery happens before any output is
 * created, and the run's own files are excluded, so an output written inside an input folder
 * is never read back as input.
 */
public final class Inputs {

  private Inputs() {}

  /** Inputs for these arguments; nothing or {@code -} means standard input. */
  public static List<Input> discover(List<String> args, Collection<Path> exclude) throws IOException {
    Set<Path> skip = new HashSet<>();
    for (Path p : exclude) {
      skip.add(p.toAbsolutePath().normalize());
    }
    List<String> given = args.isEmpty() ? List.of("-") : args;
    LinkedHashSet<Input> out = new LinkedHashSet<>();
    for (String arg : given) {
      if (arg.equals("-")) {
        out.add(Input.stdin());
        continue;
      }
      Path p = Path.of(arg).toAbsolutePath().normalize();
      if (Files.isDirectory(p)) {
        for (Path f : walk(p)) {
          if (!skip.contains(f)) {
            out.add(Input.file(f));
          }
        }
      } else if (!skip.contains(p)) {
        out.add(Input.file(p));
      }
    }
    return List.copyOf(out);
  }

  /** Whether a file found in a folder is left out: hidden, or documentation. */
  public static boolean ignoredInFolder(String fileName) {
    return fileName.startsWith(".") || fileName.toLowerCase(Locale.ROOT).endsWith(".md");
  }

  private static List<Path> walk(Path root) throws IOException {
    List<Path> files = new ArrayList<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        return !dir.equals(root) && dir.getFileName().toString().startsWith(".")
            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (attrs.isRegularFile() && !ignoredInFolder(file.getFileName().toString())) {
          files.add(file);
        }
        return FileVisitResult.CONTINUE;
      }
    });
    files.sort(null);
    return files;
  }
}
