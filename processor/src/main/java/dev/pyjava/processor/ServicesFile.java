package dev.pyjava.processor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * {@code META-INF/services/dev.pyjava.runtime.def.ModuleProvider}: every generated provider,
 * sorted, merged with the entries a previous incremental build left in the class output.
 */
final class ServicesFile {
  static final String PATH =
      "META-INF/services/" + TypeMapper.RUNTIME_PACKAGE + ".def.ModuleProvider";

  private ServicesFile() {}

  /**
   * Writes the file listing {@code providers} and any earlier entries.
   *
   * @param providers binary names of the generated providers
   * @param origins the {@code @PyModule} classes they come from
   * @throws IOException if the file cannot be written
   */
  static void write(
      Filer filer, Collection<String> providers, Collection<? extends Element> origins)
      throws IOException {
    SortedSet<String> entries = new TreeSet<>(existingEntries(filer));
    entries.addAll(providers);
    FileObject file =
        filer.createResource(
            StandardLocation.CLASS_OUTPUT, "", PATH, origins.toArray(new Element[0]));
    try (Writer writer = file.openWriter()) {
      for (String entry : entries) {
        writer.write(entry);
        writer.write('\n');
      }
    }
  }

  /** The entries already in the class output; none when there is no such file yet. */
  private static SortedSet<String> existingEntries(Filer filer) {
    SortedSet<String> entries = new TreeSet<>();
    try {
      FileObject existing = filer.getResource(StandardLocation.CLASS_OUTPUT, "", PATH);
      try (Reader reader = existing.openReader(true);
          BufferedReader lines = new BufferedReader(reader)) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          int comment = line.indexOf('#');
          String entry = (comment < 0 ? line : line.substring(0, comment)).strip();
          if (!entry.isEmpty()) {
            entries.add(entry);
          }
        }
      }
    } catch (IOException absent) {
      // No earlier file (a clean build): javac signals that with an exception.
    }
    return entries;
  }
}
