package dev.pyjava.processor;

import java.io.IOException;
import java.io.Writer;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * {@code META-INF/pyjava/modules/<python name>}: announces a module by its Python name, so that
 * Python's import hook can tell a Java module from a missing one without starting a JVM. It holds
 * the generated provider's binary name.
 */
final class ModuleMarker {
  static final String FOLDER = "META-INF/pyjava/modules/";

  private ModuleMarker() {}

  /** Writes the marker of {@code model}. */
  static void write(Filer filer, ModuleModel model) throws IOException {
    FileObject file =
        filer.createResource(
            StandardLocation.CLASS_OUTPUT, "", FOLDER + model.pythonName(), model.origin());
    try (Writer writer = file.openWriter()) {
      writer.write(model.generatedClass().reflectionName());
      writer.write('\n');
    }
  }
}
