package dev.pyjava.runtime.cpython.modules;

import dev.pyjava.runtime.cpython.calls.SlotUpcalls;
import dev.pyjava.runtime.cpython.ffi.capi.ProtocolApi;
import dev.pyjava.runtime.cpython.ffi.layout.Layouts;
import dev.pyjava.runtime.def.ClassDef;
import dev.pyjava.runtime.def.FunctionDef;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Where each protocol method of a {@link ClassDef} goes: a method named as a slot dunder ({@code
 * __repr__}, {@code __len__}, {@code __add__}, ...) fills its type slot, through {@link
 * SlotUpcalls}, so {@code repr(c)}, {@code len(c)} and {@code c + d} behave as for a Python class
 * (CPython adds the {@code __repr__}, {@code __len__}, {@code __add__} and {@code __radd__}
 * wrappers to the type itself); every other method, {@code __enter__} and {@code __exit__}
 * included, is a plain method.
 *
 * <table>
 *   <caption>Slots</caption>
 *   <tr><th>methods</th><th>slot</th></tr>
 *   <tr><td>{@code __repr__}, {@code __str__}, {@code __hash__}, {@code __call__}</td>
 *       <td>{@code tp_repr}, {@code tp_str}, {@code tp_hash}, {@code tp_call}</td></tr>
 *   <tr><td>{@code __eq__}, {@code __ne__}, {@code __lt__}, {@code __le__}, {@code __gt__},
 *       {@code __ge__}</td><td>{@code tp_richcompare}</td></tr>
 *   <tr><td>{@code __iter__}, {@code __next__}</td><td>{@code tp_iter}, {@code
 *       tp_iternext}</td></tr>
 *   <tr><td>{@code __len__}</td><td>{@code mp_length} and {@code sq_length}</td></tr>
 *   <tr><td>{@code __getitem__}; {@code __setitem__} and {@code __delitem__}</td>
 *       <td>{@code mp_subscript}; {@code mp_ass_subscript}</td></tr>
 *   <tr><td>{@code __contains__}, {@code __bool__}</td><td>{@code sq_contains}, {@code
 *       nb_bool}</td></tr>
 *   <tr><td>{@code __add__}, {@code __sub__}, {@code __mul__}, {@code __truediv__}, {@code
 *       __neg__}</td><td>{@code nb_add}, {@code nb_subtract}, {@code nb_multiply}, {@code
 *       nb_true_divide}, {@code nb_negative}</td></tr>
 * </table>
 *
 * <p>A type with comparisons but no {@code __eq__} or {@code __hash__} keeps {@code object}'s hash,
 * as a Python class defining only {@code __lt__} does; one with {@code __eq__} but no {@code
 * __hash__} is unhashable, as in Python.
 */
final class ProtocolSlots {
  private ProtocolSlots() {}

  /** The comparison dunders, indexed by their {@code Py_LT} ... {@code Py_GE} operator. */
  private static final List<String> COMPARISONS =
      List.of("__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__");

  /** The dunders of one slot each, and the stub each gets. */
  private static final Map<String, Slot> SINGLE_SLOTS = singleSlots();

  /** The binary number dunders and their slots. */
  private static final Map<String, Integer> OPERATORS =
      Map.of(
          "__add__", Layouts.NB_ADD,
          "__sub__", Layouts.NB_SUBTRACT,
          "__mul__", Layouts.NB_MULTIPLY,
          "__truediv__", Layouts.NB_TRUE_DIVIDE);

  private record Slot(int[] ids, Function<FunctionDef, MemorySegment> stub) {}

  /**
   * The routing of {@code type}, whose Python name is {@code pythonName}.
   *
   * @param slots the protocol slots, each {@code {slot id, function address}}
   * @param methods the instance methods that are not slot dunders, for {@code tp_methods}
   */
  record Routing(List<long[]> slots, List<FunctionDef> methods) {}

  /** Routes the instance methods of {@code type}, named {@code pythonName} in Python. */
  static Routing route(String pythonName, ClassDef type) {
    Map<String, FunctionDef> dunders = new LinkedHashMap<>();
    List<FunctionDef> methods = new ArrayList<>();
    for (FunctionDef method : type.methods()) {
      boolean slot =
          SINGLE_SLOTS.containsKey(method.name())
              || OPERATORS.containsKey(method.name())
              || COMPARISONS.contains(method.name())
              || method.name().equals("__setitem__")
              || method.name().equals("__delitem__");
      if (slot) {
        dunders.put(method.name(), method);
      } else {
        methods.add(method);
      }
    }
    List<long[]> slots = new ArrayList<>();
    for (Map.Entry<String, FunctionDef> dunder : dunders.entrySet()) {
      Slot single = SINGLE_SLOTS.get(dunder.getKey());
      if (single != null) {
        long address = single.stub().apply(dunder.getValue()).address();
        for (int id : single.ids()) {
          slots.add(new long[] {id, address});
        }
      }
      Integer operator = OPERATORS.get(dunder.getKey());
      if (operator != null) {
        slots.add(
            new long[] {
              operator, SlotUpcalls.operatorStub(dunder.getValue(), pythonName).address()
            });
      }
    }
    FunctionDef set = dunders.get("__setitem__");
    FunctionDef delete = dunders.get("__delitem__");
    if (set != null || delete != null) {
      slots.add(
          new long[] {
            Layouts.MP_ASS_SUBSCRIPT, SlotUpcalls.assignSubscriptStub(set, delete).address()
          });
    }
    FunctionDef[] byOperator = new FunctionDef[COMPARISONS.size()];
    boolean compares = false;
    for (int op = 0; op < byOperator.length; op++) {
      byOperator[op] = dunders.get(COMPARISONS.get(op));
      compares |= byOperator[op] != null;
    }
    if (compares) {
      slots.add(new long[] {Layouts.TP_RICHCOMPARE, SlotUpcalls.compareStub(byOperator).address()});
      if (byOperator[Layouts.PY_EQ] == null && !dunders.containsKey("__hash__")) {
        // CPython inherits tp_hash only with tp_richcompare: keep object's, as Python does.
        slots.add(
            new long[] {
              Layouts.TP_HASH, ProtocolApi.PyType_GetSlot(ProtocolApi.OBJECT_TYPE, Layouts.TP_HASH)
            });
      }
    }
    return new Routing(slots, methods);
  }

  private static Map<String, Slot> singleSlots() {
    Map<String, Slot> slots = new LinkedHashMap<>();
    slots.put("__repr__", new Slot(new int[] {Layouts.TP_REPR}, SlotUpcalls::objectStub));
    slots.put("__str__", new Slot(new int[] {Layouts.TP_STR}, SlotUpcalls::objectStub));
    slots.put("__hash__", new Slot(new int[] {Layouts.TP_HASH}, SlotUpcalls::hashStub));
    slots.put("__call__", new Slot(new int[] {Layouts.TP_CALL}, SlotUpcalls::callStub));
    slots.put("__iter__", new Slot(new int[] {Layouts.TP_ITER}, SlotUpcalls::objectStub));
    slots.put("__next__", new Slot(new int[] {Layouts.TP_ITERNEXT}, SlotUpcalls::nextStub));
    slots.put(
        "__len__",
        new Slot(new int[] {Layouts.MP_LENGTH, Layouts.SQ_LENGTH}, SlotUpcalls::lengthStub));
    slots.put(
        "__getitem__", new Slot(new int[] {Layouts.MP_SUBSCRIPT}, SlotUpcalls::subscriptStub));
    slots.put("__contains__", new Slot(new int[] {Layouts.SQ_CONTAINS}, SlotUpcalls::containsStub));
    slots.put("__bool__", new Slot(new int[] {Layouts.NB_BOOL}, SlotUpcalls::truthStub));
    slots.put("__neg__", new Slot(new int[] {Layouts.NB_NEGATIVE}, SlotUpcalls::objectStub));
    return Map.copyOf(slots);
  }
}
