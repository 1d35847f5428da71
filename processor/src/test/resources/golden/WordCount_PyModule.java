package test;

import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.ModuleDef;
import dev.pyjava.runtime.def.ModuleProvider;
import dev.pyjava.runtime.def.Parameter;
import dev.pyjava.runtime.def.ParameterKind;
import dev.pyjava.runtime.def.TypeSpec;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Defines the Python module {@code word_count} from {@link WordCount}.
 */
@Generated("dev.pyjava.processor.PyModuleProcessor")
public final class WordCount_PyModule implements ModuleProvider {
  private static final ModuleDef MODULE = new ModuleDef(
      "word_count",
      "Counts words, in parallel.",
      List.of(
          FunctionDef.builder("search")
              .doc("Counts the lines of the file at path that contain search.")
              .parameter(Parameter.required("path", TypeSpec.STRING, ParameterKind.POSITIONAL_ONLY))
              .parameter(Parameter.required("search", TypeSpec.STRING, ParameterKind.POSITIONAL_ONLY))
              .parameter(Parameter.optional("limit", TypeSpec.INT, ParameterKind.KEYWORD_ONLY, 10, "10"))
              .parameter(Parameter.optional("encoding", TypeSpec.STRING, ParameterKind.KEYWORD_ONLY, "utf-8", "'utf-8'"))
              .returns(TypeSpec.LONG)
              .allowThreads()
              .build(WordCount_PyModule::call_search),
          FunctionDef.builder("split_lines")
              .parameter(Parameter.required("texts", TypeSpec.list(TypeSpec.STRING), ParameterKind.POSITIONAL_OR_KEYWORD))
              .returns(TypeSpec.list(TypeSpec.STRING))
              .build(WordCount_PyModule::call_split_lines),
          FunctionDef.builder("reset_cache")
              .build(WordCount_PyModule::call_reset_cache)));

  /**
   * Called by {@link java.util.ServiceLoader}.
   */
  public WordCount_PyModule() {
  }

  @Override
  public ModuleDef module() {
    return MODULE;
  }

  private static Object call_search(Python py, Object[] args) throws Throwable {
    return WordCount.search((String) args[0], (String) args[1], (int) args[2], (String) args[3]);
  }

  @SuppressWarnings("unchecked")
  private static Object call_split_lines(Python py, Object[] args) throws Throwable {
    return WordCount.splitLines(py, (List<String>) args[0]);
  }

  private static Object call_reset_cache(Python py, Object[] args) throws Throwable {
    WordCount.reset();
    return null;
  }
}
