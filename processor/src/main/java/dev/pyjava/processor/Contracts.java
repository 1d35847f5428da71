package dev.pyjava.processor;

import com.palantir.javapoet.TypeName;
import dev.pyjava.processor.ContractSource.Contract;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Part of the parse stage: finds the Java contracts a {@code @PyClass} honours. */
final class Contracts {
  private final Elements elements;
  private final Types types;

  Contracts(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /**
   * The contracts of {@code type}, whose instances are {@code self} in Python ({@code
   * module.Type}), in {@link Contract} order; {@code listed} names the module's listed classes (see
   * {@link TypeMapper#parameter}).
   */
  List<ContractSource> of(TypeElement type, PyType self, Map<String, String> listed) {
    List<ContractSource> found = new ArrayList<>();
    List<ExecutableElement> methods = ElementFilter.methodsIn(elements.getAllMembers(type));
    overridden(methods, Contract.TO_STRING, 0)
        .ifPresent(m -> found.add(plain(Contract.TO_STRING, m, self)));
    overridden(methods, Contract.EQUALS, 1)
        .filter(m -> m.getParameters().get(0).asType().toString().equals("java.lang.Object"))
        .ifPresent(
            m -> found.add(new ContractSource(Contract.EQUALS, m, self, Optional.of(self), null)));
    overridden(methods, Contract.HASH_CODE, 0)
        .ifPresent(m -> found.add(plain(Contract.HASH_CODE, m, self)));
    generic(type, methods, self, Contract.COMPARABLE, "java.lang.Comparable", true, listed)
        .ifPresent(found::add);
    generic(type, methods, self, Contract.ITERABLE, "java.lang.Iterable", false, listed)
        .ifPresent(found::add);
    generic(type, methods, self, Contract.ITERATOR, "java.util.Iterator", false, listed)
        .ifPresent(found::add);
    if (supertype(type, "java.lang.AutoCloseable") != null) {
      method(methods, Contract.AUTO_CLOSEABLE, 0)
          .ifPresent(m -> found.add(plain(Contract.AUTO_CLOSEABLE, m, self)));
    }
    return found;
  }

  private static ContractSource plain(Contract contract, ExecutableElement method, PyType self) {
    return new ContractSource(contract, method, self, Optional.empty(), null);
  }

  /**
   * The contract's method with {@code arity} parameters, if a class other than {@code Object}
   * declares it.
   */
  private static Optional<ExecutableElement> overridden(
      List<ExecutableElement> methods, Contract contract, int arity) {
    return method(methods, contract, arity)
        .filter(
            m -> {
              TypeElement owner = (TypeElement) m.getEnclosingElement();
              return !owner.getKind().isInterface()
                  && !owner.getQualifiedName().contentEquals("java.lang.Object");
            });
  }

  private static Optional<ExecutableElement> method(
      List<ExecutableElement> methods, Contract contract, int arity) {
    return methods.stream()
        .filter(m -> m.getSimpleName().contentEquals(contract.javaMethod()))
        .filter(m -> m.getParameters().size() == arity)
        .findFirst();
  }

  /**
   * A generic contract {@code interfaceName<T>}: {@code T} converted as a parameter when {@code
   * parameter} (for {@code compareTo}), else as a result; {@code self} when it is the class itself.
   */
  private Optional<ContractSource> generic(
      TypeElement type,
      List<ExecutableElement> methods,
      PyType self,
      Contract contract,
      String interfaceName,
      boolean parameter,
      Map<String, String> listed) {
    DeclaredType declared = supertype(type, interfaceName);
    if (declared == null) {
      return Optional.empty();
    }
    ExecutableElement method = method(methods, contract, parameter ? 1 : 0).orElse(null);
    if (method == null) {
      return Optional.empty();
    }
    if (declared.getTypeArguments().size() != 1) {
      return Optional.of(new ContractSource(contract, method, self, Optional.empty(), null));
    }
    TypeMirror item = declared.getTypeArguments().get(0);
    Optional<PyType> converted;
    if (item.getKind() == TypeKind.DECLARED
        && types.isSameType(types.erasure(item), types.erasure(type.asType()))) {
      converted = Optional.of(self);
    } else {
      converted =
          parameter
              ? TypeMapper.parameter(item, listed)
              : TypeMapper.result(item, listed).filter(t -> t.kind() != PyType.Kind.VOID);
    }
    return Optional.of(new ContractSource(contract, method, self, converted, TypeName.get(item)));
  }

  /**
   * {@code interfaceName} as a supertype of {@code type}, its type arguments substituted, or null.
   */
  private DeclaredType supertype(TypeElement type, String interfaceName) {
    Deque<TypeMirror> pending = new ArrayDeque<>(List.of(type.asType()));
    Set<String> seen = new HashSet<>();
    while (!pending.isEmpty()) {
      TypeMirror current = pending.poll();
      if (current.getKind() != TypeKind.DECLARED || !seen.add(current.toString())) {
        continue;
      }
      DeclaredType declared = (DeclaredType) current;
      TypeElement element = (TypeElement) declared.asElement();
      if (element.getKind() == ElementKind.INTERFACE
          && element.getQualifiedName().contentEquals(interfaceName)) {
        return declared;
      }
      pending.addAll(types.directSupertypes(current));
    }
    return null;
  }
}
