package dev.pyjava.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Generates {@code <Class>_PyModule} for each {@code @PyModule} class, and the {@code
 * META-INF/services} file that lists them.
 *
 * <p>Each module goes through the stages in turn: {@link SourceParser parse}, {@link
 * ModuleValidator validate}, print the {@link ValidationReport report}, and only when it is clean,
 * {@link ModelBuilder model} and {@link ModuleWriter generate}. No exception escapes: a bug is
 * reported as {@code FATAL ERROR} on the class being processed.
 */
@AutoService(Processor.class)
public final class PyModuleProcessor extends AbstractProcessor {
  private final Function<ModuleModel, JavaFile> writer;
  private final ModuleValidator validator = new ModuleValidator();
  private final Set<String> deferredModules = new LinkedHashSet<>();
  private final Set<String> classesToPlace = new LinkedHashSet<>();
  private final SortedSet<String> providers = new TreeSet<>();
  private final SortedSet<String> providerOrigins = new TreeSet<>();
  private SourceParser parser;

  /** The processor javac runs. */
  public PyModuleProcessor() {
    this(ModuleWriter::write);
  }

  /** A processor with another generate stage, so tests can make it fail. */
  PyModuleProcessor(Function<ModuleModel, JavaFile> writer) {
    this.writer = writer;
  }

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    parser = new SourceParser(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(
        Annotations.PY_MODULE,
        Annotations.PY_FUNCTION,
        Annotations.ALLOW_THREADS,
        Annotations.PY_CLASS,
        Annotations.PY_CONSTRUCTOR,
        Annotations.PY_GETTER,
        Annotations.PY_SETTER,
        Annotations.PY_CONSTANT);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      processRound(round);
    } catch (Throwable bug) {
      reportFatal(null, bug);
    }
    return false;
  }

  private void processRound(RoundEnvironment round) {
    List<TypeElement> modules = new ArrayList<>();
    deferredModules.stream()
        .map(processingEnv.getElementUtils()::getTypeElement)
        .filter(Objects::nonNull)
        .forEach(modules::add);
    deferredModules.clear();
    modules.addAll(ElementFilter.typesIn(annotated(round, Annotations.PY_MODULE)));
    Set<Element> classMembers = new LinkedHashSet<>();
    classMembers.addAll(annotated(round, Annotations.PY_CONSTRUCTOR));
    classMembers.addAll(annotated(round, Annotations.PY_GETTER));
    classMembers.addAll(annotated(round, Annotations.PY_SETTER));
    StrayAnnotationValidator.validate(
            annotated(round, Annotations.PY_FUNCTION),
            annotated(round, Annotations.ALLOW_THREADS),
            classMembers)
        .printTo(processingEnv.getMessager());
    ConstantValidator.strays(annotated(round, Annotations.PY_CONSTANT))
        .printTo(processingEnv.getMessager());
    ElementFilter.typesIn(annotated(round, Annotations.PY_CLASS)).stream()
        .map(type -> type.getQualifiedName().toString())
        .forEach(classesToPlace::add);
    for (TypeElement module : modules) {
      processModule(module, round.processingOver());
    }
    if (round.processingOver()) {
      reportClassesOutsideModules();
    }
    if (round.processingOver() && !providers.isEmpty()) {
      writeServicesFile();
    }
  }

  private Set<? extends Element> annotated(RoundEnvironment round, String annotation) {
    TypeElement type = processingEnv.getElementUtils().getTypeElement(annotation);
    return type == null ? Set.of() : round.getElementsAnnotatedWith(type);
  }

  private void processModule(TypeElement type, boolean lastRound) {
    try {
      if (!SourceParser.isComplete(type)) {
        if (!lastRound) {
          deferredModules.add(type.getQualifiedName().toString());
        }
        return; // Still missing in the last round: javac reports the unknown type.
      }
      ModuleSource source = parser.parse(type);
      ValidationReport report = validator.validate(source);
      report.printTo(processingEnv.getMessager());
      if (!report.isClean()) {
        return;
      }
      ModuleModel model = ModelBuilder.build(source);
      JavaFile file = writer.apply(model);
      try {
        file.writeTo(processingEnv.getFiler());
      } catch (IOException e) {
        String name = model.generatedClass().canonicalName();
        error(type, Message.WRITE_FAILED.format(name, e.getMessage()));
        return;
      }
      try {
        ModuleMarker.write(processingEnv.getFiler(), model);
      } catch (IOException e) {
        String name = ModuleMarker.FOLDER + model.pythonName();
        error(type, Message.WRITE_FAILED.format(name, e.getMessage()));
        return;
      }
      try {
        StubWriter.write(processingEnv.getFiler(), model);
      } catch (IOException e) {
        error(type, Message.WRITE_FAILED.format(StubWriter.name(model), e.getMessage()));
        return;
      }
      providers.add(model.generatedClass().reflectionName());
      providerOrigins.add(type.getQualifiedName().toString());
    } catch (Throwable bug) {
      reportFatal(type, bug);
    }
  }

  /**
   * Reports each {@code @PyClass} no module claimed, once every module has been validated: a
   * module of a later round may list a class of an earlier one.
   */
  private void reportClassesOutsideModules() {
    for (String name : classesToPlace) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null && !validator.isClaimed(type)) {
        AnnotationMirror annotation = Annotations.find(type, Annotations.PY_CLASS);
        processingEnv.getMessager().printMessage(
            Diagnostic.Kind.ERROR, Message.CLASS_OUTSIDE_MODULE.format(name), type, annotation);
      }
    }
    classesToPlace.clear();
  }

  private void writeServicesFile() {
    List<TypeElement> origins =
        providerOrigins.stream()
            .map(processingEnv.getElementUtils()::getTypeElement)
            .filter(Objects::nonNull)
            .toList();
    try {
      ServicesFile.write(processingEnv.getFiler(), providers, origins);
    } catch (IOException e) {
      error(null, Message.WRITE_FAILED.format(ServicesFile.PATH, e.getMessage()));
    }
  }

  private void reportFatal(Element element, Throwable bug) {
    StringWriter trace = new StringWriter();
    bug.printStackTrace(new PrintWriter(trace));
    error(element, Message.FATAL.format(trace));
  }

  private void error(Element element, String message) {
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
  }
}
