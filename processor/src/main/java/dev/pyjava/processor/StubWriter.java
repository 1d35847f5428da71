package dev.pyjava.processor;

import java.io.IOException;
import java.io.Writer;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/** {@code META-INF/pyjava/stubs/<python name>.pyi}: the PEP 484 stub of a module. */
final class StubWriter {
  static final String FOLDER = "META-INF/pyjava/stubs/";

  private StubWriter() {}

  /** The resource name of {@code model}'s stub. */
  static String name(ModuleModel model) {
    return FOLDER + model.pythonName() + ".pyi";
  }

  /** Writes the stub of {@code model}. */
  static void write(Filer filer, ModuleModel model) throws IOException {
    FileObject file =
        filer.createResource(StandardLocation.CLASS_OUTPUT, "", name(model), model.origin());
    try (Writer writer = file.openWriter()) {
      writer.write(StubSource.of(model));
    }
  }
}
