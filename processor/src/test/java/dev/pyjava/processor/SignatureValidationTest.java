package dev.pyjava.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.pyjava.processor.TestSources.compile;
import static dev.pyjava.processor.TestSources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Errors about {@code @PyFunction(signature = ...)}: one test per message, each reported on the
 * signature value.
 */
class SignatureValidationTest {
  /** A module whose {@code search(String path, String search, int limit)} has {@code signature}. */
  private static JavaFileObject search(String signature) {
    return source(
        "Module",
        """
        @PyModule
        public class Module {
          @PyFunction(
              signature = "%s")
          public static long search(String path, String search, int limit) {
            return 0;
          }
        }
        """
            .formatted(signature.replace("\"", "\\\"")));
  }

  private static void assertSingleError(String signature, String message) {
    JavaFileObject file = search(signature);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(message)
        .inFile(file)
        .onLineContaining("signature = ");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void signatureMustParse() {
    assertSingleError(
        "(path search, limit)",
        "[SignatureSyntax] signature does not parse at column 7: expected ',' or ')'");
  }

  @Test
  void signatureMustNameEveryParameter() {
    assertSingleError(
        "(path, limit=10)",
        "[SignatureParameterMissing] signature lacks parameter 'search': list every Python"
            + " parameter, in Java order");
  }

  @Test
  void signatureMustNameOnlyParameters() {
    assertSingleError(
        "(path, search, limit, extra=1)",
        "[SignatureParameterUnknown] signature names 'extra', which is not a parameter of"
            + " search(): use the Java parameter names in snake_case");
  }

  @Test
  void signatureMustNotNameTheToken() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public class Module {
              @PyFunction(
                  signature = "(py, text)")
              public static String echo(Python py, String text) {
                return text;
              }
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[SignatureParameterToken] signature names 'py', the Python token, which Python never"
                + " passes: leave it out")
        .inFile(file)
        .onLineContaining("signature = ");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void signatureMustNameEachParameterOnce() {
    assertSingleError(
        "(path, path, search, limit)",
        "[SignatureParameterRepeated] signature names 'path' more than once: name it once");
  }

  @Test
  void signatureMustKeepJavaOrder() {
    assertSingleError(
        "(path, limit, search)",
        "[SignatureOrder] signature lists 'limit' before 'search': list parameters in Java order");
  }

  @Test
  void markersAppearOnce() {
    assertSingleError(
        "(path, /, search, /, limit)",
        "[SignatureMarkerRepeated] signature has more than one '/': keep one");
    assertSingleError(
        "(path, *, search, *, limit)",
        "[SignatureMarkerRepeated] signature has more than one '*': keep one");
  }

  @Test
  void slashFollowsAParameterAndPrecedesStar() {
    assertSingleError(
        "(/, path, search, limit)",
        "[SignatureSlashMisplaced] signature has '/' before any parameter: put '/' after the"
            + " positional-only parameters");
    assertSingleError(
        "(path, *, search, /, limit)",
        "[SignatureSlashMisplaced] signature has '/' after '*'");
  }

  @Test
  void starIsFollowedByAParameter() {
    assertSingleError(
        "(path, search, limit, *)",
        "[SignatureStarMisplaced] signature has '*' with no parameter after it: put keyword-only"
            + " parameters after '*' or remove it");
  }

  @Test
  void positionalParametersWithoutDefaultsComeFirst() {
    assertSingleError(
        "(path, search='x', limit)",
        "[SignatureDefaultOrder] parameter 'limit' has no default but follows one that has: give"
            + " it a default or put it after '*'");
  }

  @Test
  void keywordOnlyParametersMayOmitDefaultsInAnyOrder() {
    Compilation compilation = compile(search("(path, search='x', *, limit)"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void defaultMustFitTheParameterType() {
    assertSingleError(
        "(path, search, /, *, limit='x')",
        "[SignatureDefaultMisfit] default 'x' for 'limit' does not fit int: use an int from"
            + " -2147483648 to 2147483647");
    assertSingleError(
        "(path=None, search='', limit=10)",
        "[SignatureDefaultMisfit] default None for 'path' does not fit String: use a str");
  }
}
