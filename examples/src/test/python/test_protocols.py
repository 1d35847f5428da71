"""Python protocols of @PyClass types: from Java's own contracts (toString, equals/hashCode,
Comparable, Iterable, Iterator, AutoCloseable) and from explicit dunders (__len__, __getitem__,
__add__, ...), with Python's exact results and errors (pyjava_protocols, a test-scope module)."""

import gc
import sys
import unittest

from javamodules import pyjava_probes
import pyjava_protocols as p


class ToString(unittest.TestCase):
    def test_an_overridden_to_string_is_repr_and_str(self):
        v = p.Version(1, 2)
        self.assertEqual(repr(v), "Version(1, 2)")
        self.assertEqual(str(v), "Version(1, 2)")
        self.assertEqual(f"{v}", "Version(1, 2)")
        self.assertEqual(repr([v]), "[Version(1, 2)]")

    def test_without_to_string_repr_is_pythons_default(self):
        plain = p.Plain()
        self.assertRegex(repr(plain), r"^<pyjava_protocols\.Plain object at 0x[0-9a-f]+>$")
        self.assertEqual(str(plain), repr(plain))

    def test_an_explicit_repr_wins_over_to_string_and_str_is_its_own(self):
        self.assertEqual(repr(p.Vec(1, 2)), "Vec(1.0, 2.0)")
        self.assertEqual(str(p.Vec(1, 2)), "(1.0, 2.0)")


class EqualsAndHashCode(unittest.TestCase):
    def test_equals_is_eq_and_ne(self):
        self.assertTrue(p.Version(1, 2) == p.Version(1, 2))
        self.assertFalse(p.Version(1, 2) != p.Version(1, 2))
        self.assertTrue(p.Version(1, 2) != p.Version(1, 3))
        self.assertFalse(p.Version(1, 2) == p.Version(1, 3))

    def test_another_type_is_not_implemented_so_eq_is_false(self):
        v = p.Version(1, 2)
        self.assertFalse(v == "x")
        self.assertTrue(v != "x")
        self.assertFalse(v == p.Rank(1))
        self.assertIs(v.__eq__("x"), NotImplemented)
        self.assertIs(v.__ne__(3), NotImplemented)

    def test_hash_code_is_hash_in_sets_and_dicts(self):
        self.assertEqual(hash(p.Version(1, 2)), 33)
        self.assertEqual(len({p.Version(1, 2), p.Version(1, 2), p.Version(2, 0)}), 2)
        table = {p.Version(1, 2): "one-two"}
        self.assertEqual(table[p.Version(1, 2)], "one-two")
        self.assertIn(p.Version(1, 2), table)
        self.assertNotIn(p.Version(9, 9), table)

    def test_without_contracts_identity_decides(self):
        a, b = p.Plain(), p.Plain()
        self.assertTrue(a == a)
        self.assertFalse(a == b)
        self.assertEqual(len({a, a, b}), 2)

    def test_an_explicit_eq_without_hash_is_unhashable_as_in_python(self):
        self.assertTrue(p.Vec(1, 2) == p.Vec(1, 2))
        self.assertTrue(p.Vec(1, 2) != p.Vec(2, 2))
        self.assertFalse(p.Vec(1, 2) == (1, 2))
        self.assertIsNone(p.Vec.__hash__)
        with self.assertRaisesRegex(TypeError, "unhashable type: 'pyjava_protocols.Vec'"):
            hash(p.Vec(1, 2))

    def test_a_hash_is_never_minus_one_and_is_pythons_hash_of_the_int(self):
        self.assertEqual(hash(p.Odd(-1)), -2)
        self.assertEqual(hash(p.Odd(7)), 7)
        self.assertEqual(hash(p.Odd(-5)), -5)


class Comparable(unittest.TestCase):
    def test_compare_to_gives_the_four_orderings(self):
        a, b = p.Version(1, 2), p.Version(1, 10)
        self.assertEqual([a < b, a <= b, a > b, a >= b], [True, True, False, False])
        self.assertEqual([b < a, b <= a, b > a, b >= a], [False, False, True, True])
        self.assertEqual([a <= p.Version(1, 2), a >= p.Version(1, 2)], [True, True])
        self.assertEqual(sorted([p.Version(2, 0), a, b]), [a, b, p.Version(2, 0)])
        self.assertEqual(max(a, b), b)

    def test_another_type_raises_pythons_type_error(self):
        v = p.Version(1, 2)
        for compare in (lambda: v < "x", lambda: v <= 1, lambda: v > None, lambda: "x" >= v):
            with self.assertRaises(TypeError) as caught:
                compare()
            self.assertIn("not supported between instances of", str(caught.exception))
        self.assertIs(v.__lt__("x"), NotImplemented)

    def test_comparable_alone_keeps_identity_equality_and_hash(self):
        a, b = p.Rank(1), p.Rank(2)
        self.assertTrue(a < b)
        self.assertFalse(a == p.Rank(1))
        self.assertTrue(a == a)
        self.assertEqual(hash(a), hash(a))
        self.assertEqual(len({a, b, a}), 2)


class Iteration(unittest.TestCase):
    def test_iterable_gives_iter_with_items_converted(self):
        bag = p.Bag()
        bag("pear")
        bag("apple", 2)
        self.assertEqual(list(bag), ["apple", "pear"])
        self.assertEqual([w for w in bag], ["apple", "pear"])
        it = iter(bag)
        self.assertIs(iter(it), it)
        self.assertEqual(type(it).__name__, "JavaIterator")
        self.assertEqual(next(it), "apple")
        self.assertEqual(next(it), "pear")
        with self.assertRaises(StopIteration):
            next(it)
        with self.assertRaises(StopIteration):
            next(it)

    def test_items_that_are_instances_keep_their_identity(self):
        shelf = p.Shelf()
        first, second = p.Version(1, 0), p.Version(2, 0)
        shelf.put(first)
        shelf.put(second)
        items = list(shelf)
        self.assertIs(items[0], first)
        self.assertIs(items[1], second)

    def test_the_iterator_type_cannot_be_made_from_python(self):
        with self.assertRaises(TypeError):
            type(iter(p.Bag()))()

    def test_iterator_gives_iter_itself_and_next(self):
        countdown = p.Countdown(3)
        self.assertIs(iter(countdown), countdown)
        self.assertEqual(next(countdown), 3)
        self.assertEqual(list(countdown), [2, 1])
        with self.assertRaises(StopIteration):
            next(countdown)
        with self.assertRaises(StopIteration):
            countdown.__next__()

    def test_explicit_iter_and_next_end_with_no_such_element(self):
        letters = p.Letters("abc")
        self.assertIs(iter(letters), letters)
        self.assertEqual(list(letters), ["a", "b", "c"])
        with self.assertRaises(StopIteration):
            next(letters)
        self.assertEqual("".join(p.Letters("xy")), "xy")

    def test_iterating_leaves_no_java_object_behind(self):
        gc.collect()
        before = pyjava_probes.java_instances()
        bag = p.Bag()
        bag("a")
        for _ in range(10_000):
            for _ in bag:
                pass
        del bag
        gc.collect()
        self.assertEqual(pyjava_probes.java_instances(), before)


class AutoCloseable(unittest.TestCase):
    def test_with_returns_the_object_and_closes_it(self):
        resource = p.Resource()
        with resource as entered:
            self.assertIs(entered, resource)
            self.assertEqual(resource.closes, 0)
        self.assertEqual(resource.closes, 1)

    def test_an_exception_in_the_block_propagates_after_close(self):
        resource = p.Resource()
        with self.assertRaisesRegex(KeyError, "'inside'"):
            with resource:
                raise KeyError("inside")
        self.assertEqual(resource.closes, 1)

    def test_a_failing_close_raises_with_the_block_exception_as_context(self):
        resource = p.Resource(fail_on_close=True)
        with self.assertRaisesRegex(RuntimeError, "close failed") as caught:
            with resource:
                raise KeyError("inside")
        self.assertIsInstance(caught.exception.__context__, KeyError)
        self.assertEqual(resource.closes, 1)

    def test_enter_and_exit_are_methods(self):
        self.assertIn("__enter__", p.Resource.__dict__)
        self.assertIsNone(p.Resource().__exit__(None, None, None))

    def test_without_auto_closeable_there_is_no_context_manager(self):
        with self.assertRaises(AttributeError):
            p.Plain().__enter__
        with self.assertRaises(TypeError):
            with p.Plain():
                pass


class ExplicitContainerDunders(unittest.TestCase):
    def setUp(self):
        self.bag = p.Bag()
        self.bag("a")
        self.bag("b", 3)

    def test_len_getitem_contains_bool(self):
        self.assertEqual(len(self.bag), 2)
        self.assertEqual(self.bag["b"], 3)
        self.assertIn("a", self.bag)
        self.assertNotIn("z", self.bag)
        self.assertTrue(self.bag)
        self.assertFalse(p.Bag())

    def test_setitem_and_delitem(self):
        self.bag["c"] = 7
        self.assertEqual(self.bag["c"], 7)
        del self.bag["a"]
        self.assertEqual(list(self.bag), ["b", "c"])
        with self.assertRaises(KeyError):
            del self.bag["a"]
        with self.assertRaisesRegex(KeyError, "'zz'"):
            self.bag["zz"]

    def test_call_binds_as_a_method(self):
        self.assertEqual(self.bag("a", times=4), 5)
        self.assertEqual(self.bag(word="new"), 1)
        with self.assertRaises(TypeError):
            self.bag()
        with self.assertRaises(TypeError):
            self.bag(1)

    def test_a_key_of_the_wrong_type_is_a_type_error(self):
        with self.assertRaisesRegex(TypeError, "argument 'word' must be str, not int"):
            self.bag[1]
        with self.assertRaises(TypeError):
            self.bag[1] = 2
        with self.assertRaises(TypeError):
            1 in self.bag

    def test_missing_dunders_fail_as_in_python(self):
        with self.assertRaisesRegex(TypeError, "'pyjava_protocols.Version' object is not subscriptable"):
            p.Version(1, 2)[0]
        with self.assertRaisesRegex(TypeError, "has no len"):
            len(p.Version(1, 2))
        with self.assertRaises(TypeError):
            p.Version(1, 2)()

    def test_java_exceptions_and_odd_results_are_pythons_errors(self):
        with self.assertRaisesRegex(ValueError, r"__len__\(\) should return >= 0"):
            len(p.Odd(-1))
        with self.assertRaisesRegex(RuntimeError, "no truth here"):
            bool(p.Odd(1))
        self.assertEqual(p.Odd(5)[1], 5)
        with self.assertRaises(RuntimeError):
            p.Odd(5)[2]  # Map.get gives null, unboxing throws NullPointerException

    def test_slot_wrappers_are_on_the_type(self):
        self.assertEqual(p.Bag.__len__(self.bag), 2)
        self.assertEqual(p.Bag.__getitem__(self.bag, "b"), 3)
        self.assertTrue(p.Bag.__contains__(self.bag, "a"))


class PythonSubclasses(unittest.TestCase):
    def test_a_subclass_inherits_the_slots_and_overrides_them_with_super(self):
        class CountingBag(p.Bag):
            def __len__(self):
                return super().__len__() + 100

            def __getitem__(self, word):
                return -super().__getitem__(word)

        bag = CountingBag()
        bag("a", 2)
        self.assertEqual(len(bag), 101)
        self.assertEqual(bag["a"], -2)
        self.assertIn("a", bag)
        self.assertEqual(list(bag), ["a"])
        del bag["a"]
        self.assertEqual(len(bag), 100)
        self.assertFalse(bag)  # __bool__ (Java: empty) comes before __len__, as in Python


class ExplicitOperators(unittest.TestCase):
    def test_binary_operators_and_negation(self):
        a, b = p.Vec(1, 2), p.Vec(3, 5)
        self.assertEqual(a + b, p.Vec(4, 7))
        self.assertEqual(b - a, p.Vec(2, 3))
        self.assertEqual(a * 3, p.Vec(3, 6))
        self.assertEqual(b / 2, p.Vec(1.5, 2.5))
        self.assertEqual(-a, p.Vec(-1, -2))
        total = p.Vec(0, 0)
        total += a
        self.assertEqual(total, p.Vec(1, 2))

    def test_the_wrong_operand_is_not_implemented_so_python_raises_type_error(self):
        a = p.Vec(1, 2)
        cases = [(lambda: a + 1, "+"), (lambda: 1 + a, "+"), (lambda: a - "x", "-"),
                 (lambda: "x" - a, "-"), (lambda: a * None, r"\*"), (lambda: 3 * a, r"\*"),
                 (lambda: a / a, "/"), (lambda: 2 / a, "/")]
        for operation, symbol in cases:
            with self.assertRaisesRegex(TypeError, "unsupported operand type\\(s\\) for " + symbol):
                operation()
        self.assertIs(a.__add__(1), NotImplemented)
        self.assertIs(a.__radd__(1), NotImplemented)

    def test_a_python_operand_with_a_reflected_method_gets_its_turn(self):
        class Scalar:
            def __radd__(self, other):
                return "radd"

            def __rmul__(self, other):
                return "rmul"

        self.assertEqual(p.Vec(1, 2) + Scalar(), "radd")
        self.assertEqual(p.Vec(1, 2) * Scalar(), "rmul")

    def test_a_java_exception_in_an_operator_is_raised(self):
        with self.assertRaisesRegex(ZeroDivisionError, "division by zero"):
            p.Vec(1, 2) / 0


class References(unittest.TestCase):
    def test_slots_keep_reference_counts_steady(self):
        v, w, bag = p.Version(1, 2), p.Version(1, 3), p.Bag()
        bag("a")
        counts = [sys.getrefcount(o) for o in (v, w, bag)]
        for _ in range(2000):
            repr(v), hash(v), v == w, v < w, v == "x", len(bag), bag["a"], "a" in bag
            bag["b"] = 1
            del bag["b"]
            list(bag)
        self.assertEqual([sys.getrefcount(o) for o in (v, w, bag)], counts)

    def test_no_java_object_is_left_after_dropping_instances(self):
        gc.collect()
        before = pyjava_probes.java_instances()
        for i in range(5000):
            {p.Version(1, i): p.Vec(i, i) + p.Vec(1, 1)}
            with p.Resource():
                pass
            list(p.Countdown(2))
        gc.collect()
        self.assertEqual(pyjava_probes.java_instances(), before)


if __name__ == "__main__":
    unittest.main()
