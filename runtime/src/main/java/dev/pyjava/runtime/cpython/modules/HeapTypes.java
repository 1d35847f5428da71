package dev.pyjava.runtime.cpython.modules;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.pyjava.runtime.cpython.calls.TypeUpcalls;
import dev.pyjava.runtime.cpython.ffi.NativeMemory;
import dev.pyjava.runtime.cpython.ffi.capi.ModuleApi;
import dev.pyjava.runtime.cpython.ffi.capi.ObjectApi;
import dev.pyjava.runtime.cpython.ffi.capi.TypeApi;
import dev.pyjava.runtime.cpython.ffi.layout.Layouts;
import dev.pyjava.runtime.cpython.ffi.layout.PythonAbi;
import dev.pyjava.runtime.cpython.objects.InstanceTypes;
import dev.pyjava.runtime.cpython.objects.PythonErrors;
import dev.pyjava.runtime.cpython.process.ForkCutOff;
import dev.pyjava.runtime.def.ClassDef;
import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.PropertyDef;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a {@link ClassDef} into a {@code PyType_Spec}, made once in memory that is never freed (the
 * type keeps pointers to its method and property arrays), and makes a heap type from it for each
 * new module object ({@code PyType_FromModuleAndSpec}), as a C extension's exec slot does.
 *
 * <p>An instance is the object header, one 8-byte slot (the handle of its Java object, see {@code
 * JavaInstances}) and the head of its weak reference list ({@code __weaklistoffset__}, a {@code
 * Py_tp_members} entry, the one mechanism every supported version has). The type is immutable,
 * like a builtin type; without a constructor it cannot be instantiated from Python. A type whose
 * Java class extends another {@code @PyClass} of the module is made after it, with it as its base
 * (same layout: Java virtual dispatch through the base's methods reaches the override). Python
 * may subclass a type only when the class is subclassable: a base that is not is made with {@code
 * Py_TPFLAGS_BASETYPE}, so its Java subclasses' types can be made, and loses it once the module's
 * types are made (CPython checks the flag only when it makes a subclass).
 *
 * <p>Methods named as slot dunders ({@code __repr__}, {@code __len__}, ...) fill type slots
 * instead of {@code tp_methods}, as {@link ProtocolSlots} routes them.
 */
final class HeapTypes {
  private HeapTypes() {}

  private static final MemorySegment DEALLOC = TypeUpcalls.deallocStub();

  /**
   * A type's {@code PyType_Spec} and the arrays it points to, which the fork guard repoints.
   *
   * @param pythonName the type's name, {@code module.Type}
   * @param spec the {@code PyType_Spec}
   * @param methods its {@code PyMethodDef} array, or {@code NULL} without methods
   * @param properties its {@code PyGetSetDef} array, or {@code NULL} without properties
   * @param type the definition
   */
  record Spec(
      String pythonName,
      MemorySegment spec,
      MemorySegment methods,
      MemorySegment properties,
      ClassDef type) {}

  /** The one {@code PyMemberDef} entry of every pyjava type: {@code __weaklistoffset__}. */
  private static final MemorySegment MEMBERS = members();

  /** The {@code PyType_Spec}s of {@code types}, the classes of module {@code moduleName}. */
  static List<Spec> specs(String moduleName, List<ClassDef> types) {
    Set<String> bases = new HashSet<>();
    for (ClassDef type : types) {
      if (type.base() != null) {
        bases.add(type.base());
      }
    }
    List<Spec> specs = new ArrayList<>();
    for (ClassDef type : types) {
      specs.add(spec(moduleName, type, bases.contains(type.name())));
    }
    return specs;
  }

  /**
   * The {@code PyType_Spec} of {@code type} in module {@code moduleName}; {@code isBase} when
   * another type of the module extends it.
   */
  private static Spec spec(String moduleName, ClassDef type, boolean isBase) {
    Arena global = Arena.global();
    String pythonName = moduleName + "." + type.name();
    ProtocolSlots.Routing routing = ProtocolSlots.route(pythonName, type);
    List<long[]> slots = new ArrayList<>(routing.slots());
    slots.add(new long[] {Layouts.TP_DEALLOC, DEALLOC.address()});
    slots.add(new long[] {Layouts.TP_MEMBERS, MEMBERS.address()});
    String doc = TextSignature.typeDoc(type);
    if (doc != null) {
      slots.add(new long[] {Layouts.TP_DOC, NativeMemory.permanentCString(doc).address()});
    }
    long flags = Layouts.TPFLAGS_DEFAULT | Layouts.TPFLAGS_IMMUTABLETYPE;
    if (type.constructor() != null) {
      slots.add(new long[] {Layouts.TP_NEW, TypeApi.GENERIC_NEW_FUNCTION});
      slots.add(new long[] {Layouts.TP_INIT, TypeUpcalls.initStub(type.constructor()).address()});
    } else {
      flags |= Layouts.TPFLAGS_DISALLOW_INSTANTIATION;
    }
    if (type.subclassable() || isBase) {
      flags |= Layouts.TPFLAGS_BASETYPE;
    }
    MemorySegment methods = MemorySegment.NULL;
    if (!routing.methods().isEmpty() || !type.staticMethods().isEmpty()) {
      methods = methods(routing.methods(), type.staticMethods());
      slots.add(new long[] {Layouts.TP_METHODS, methods.address()});
    }
    MemorySegment properties = MemorySegment.NULL;
    if (!type.properties().isEmpty()) {
      properties = properties(type.properties());
      slots.add(new long[] {Layouts.TP_GETSET, properties.address()});
    }
    MemorySegment slotArray = slotArray(slots);
    MemorySegment spec = global.allocate(Layouts.TYPE_SPEC).fill((byte) 0);
    spec.set(ADDRESS, Layouts.TYPE_SPEC_NAME, NativeMemory.permanentCString(pythonName));
    spec.set(JAVA_INT, Layouts.TYPE_SPEC_BASICSIZE, (int) PythonAbi.current().instanceSize());
    spec.set(JAVA_INT, Layouts.TYPE_SPEC_FLAGS, (int) flags);
    spec.set(ADDRESS, Layouts.TYPE_SPEC_SLOTS, slotArray);
    return new Spec(pythonName, spec, methods, properties, type);
  }

  /**
   * A permanent {@code PyType_Slot} array of {@code slots} ({@code {id, address}} each), ended by
   * a zeroed entry.
   */
  static MemorySegment slotArray(List<long[]> slots) {
    MemorySegment array =
        Arena.global().allocate(Layouts.TYPE_SLOT, slots.size() + 1L).fill((byte) 0);
    for (int i = 0; i < slots.size(); i++) {
      long base = i * Layouts.TYPE_SLOT.byteSize();
      array.set(JAVA_INT, base + Layouts.SLOT_ID, (int) slots.get(i)[0]);
      array.set(JAVA_LONG, base + Layouts.SLOT_VALUE, slots.get(i)[1]);
    }
    return array;
  }

  /**
   * Makes the types of {@code specs} for {@code module}, each base before the types that extend
   * it, puts them under the fork guard and adds them to the module; then takes {@code
   * Py_TPFLAGS_BASETYPE} from each that is not subclassable. GIL held.
   *
   * @throws dev.pyjava.runtime.exceptions.PyException what CPython raised
   */
  static void addAll(long module, List<Spec> specs) {
    Map<String, Long> made = new HashMap<>();
    List<Spec> waiting = new ArrayList<>(specs);
    while (!waiting.isEmpty()) {
      int before = waiting.size();
      for (Iterator<Spec> next = waiting.iterator(); next.hasNext(); ) {
        Spec spec = next.next();
        String base = spec.type().base();
        if (base == null || made.containsKey(base)) {
          made.put(spec.type().name(), addTo(module, spec, base == null ? 0 : made.get(base)));
          next.remove();
        }
      }
      if (waiting.size() == before) {
        throw new IllegalStateException(
            "type " + waiting.get(0).pythonName() + " extends " + waiting.get(0).type().base()
                + ", which its module does not make");
      }
    }
    long flagsOffset = PythonAbi.current().typeFlags();
    for (Spec spec : specs) {
      if (!spec.type().subclassable()) {
        long flags = made.get(spec.type().name()) + flagsOffset;
        long value = NativeMemory.EVERYTHING.get(JAVA_LONG, flags);
        NativeMemory.EVERYTHING.set(JAVA_LONG, flags, value & ~Layouts.TPFLAGS_BASETYPE);
      }
    }
  }

  /**
   * Makes the type of {@code spec} for {@code module}, with {@code base} (0 for {@code object}),
   * puts it under the fork guard and adds it to the module; the type, which the module holds.
   */
  private static long addTo(long module, Spec spec, long base) {
    IteratorType.ensure();
    long type =
        PythonErrors.nonNull(
            TypeApi.PyType_FromModuleAndSpec(module, spec.spec().address(), base));
    try {
      ForkCutOff.trackType(type, spec.methods().address(), spec.properties().address());
      InstanceTypes.register(spec.pythonName(), spec.type().javaClass(), type);
      PythonErrors.nonNegative(ModuleApi.PyModule_AddType(module, type));
      return type;
    } finally {
      ObjectApi.Py_DecRef(type);
    }
  }

  /** The {@code PyMemberDef} array declaring where instances keep their weak references. */
  private static MemorySegment members() {
    MemorySegment array = Arena.global().allocate(Layouts.MEMBER_DEF, 2).fill((byte) 0);
    array.set(
        ADDRESS, Layouts.MEMBER_DEF_NAME, NativeMemory.permanentCString("__weaklistoffset__"));
    array.set(JAVA_INT, Layouts.MEMBER_DEF_TYPE, Layouts.MEMBER_T_PYSSIZET);
    array.set(JAVA_LONG, Layouts.MEMBER_DEF_OFFSET, PythonAbi.current().instanceWeakList());
    array.set(JAVA_INT, Layouts.MEMBER_DEF_FLAGS, Layouts.MEMBER_READONLY);
    return array;
  }

  /**
   * The {@code PyMethodDef} array of a type: its instance methods (those that fill no slot), then
   * its static ones, ended by a zeroed entry.
   */
  private static MemorySegment methods(List<FunctionDef> instance, List<FunctionDef> statics) {
    int count = instance.size() + statics.size();
    MemorySegment array = Arena.global().allocate(Layouts.METHOD_DEF, count + 1L).fill((byte) 0);
    for (int i = 0; i < count; i++) {
      boolean isStatic = i >= instance.size();
      FunctionDef method = isStatic ? statics.get(i - instance.size()) : instance.get(i);
      MemorySegment entry = array.asSlice(i * Layouts.METHOD_DEF.byteSize(), Layouts.METHOD_DEF);
      entry.set(ADDRESS, Layouts.METHOD_DEF_NAME, NativeMemory.permanentCString(method.name()));
      entry.set(
          ADDRESS,
          Layouts.METHOD_DEF_METH,
          isStatic ? TypeUpcalls.staticMethodStub(method) : TypeUpcalls.methodStub(method));
      int flags = Layouts.METH_FASTCALL | Layouts.METH_KEYWORDS;
      entry.set(JAVA_INT, Layouts.METHOD_DEF_FLAGS, isStatic ? flags | Layouts.METH_STATIC : flags);
      String doc =
          isStatic
              ? TextSignature.staticMethodDoc(method)
              : TextSignature.instanceMethodDoc(method);
      entry.set(ADDRESS, Layouts.METHOD_DEF_DOC, NativeMemory.permanentCString(doc));
    }
    return array;
  }

  /** The {@code PyGetSetDef} array of {@code properties}, ended by a zeroed entry. */
  private static MemorySegment properties(List<PropertyDef> properties) {
    MemorySegment array =
        Arena.global().allocate(Layouts.GETSET_DEF, properties.size() + 1L).fill((byte) 0);
    for (int i = 0; i < properties.size(); i++) {
      PropertyDef property = properties.get(i);
      long base = i * Layouts.GETSET_DEF.byteSize();
      array.set(
          ADDRESS, base + Layouts.GETSET_DEF_NAME, NativeMemory.permanentCString(property.name()));
      array.set(ADDRESS, base + Layouts.GETSET_DEF_GET, TypeUpcalls.getterStub(property));
      if (property.setter() != null) {
        array.set(ADDRESS, base + Layouts.GETSET_DEF_SET, TypeUpcalls.setterStub(property));
      }
      if (property.doc() != null) {
        array.set(
            ADDRESS, base + Layouts.GETSET_DEF_DOC, NativeMemory.permanentCString(property.doc()));
      }
    }
    return array;
  }
}
