"""The shapes example: a Java class hierarchy is a Python one, with properties, identity and the
protocols Java's own contracts give (toString, equals/hashCode, Comparable, Iterable,
AutoCloseable) and explicit dunders."""

import gc
import math
import unittest
import weakref

from javamodules import pyjava_probes, shapes
from test_refcounts import resident_kib

Shape, Circle, Rect, Drawing = shapes.Shape, shapes.Circle, shapes.Rect, shapes.Drawing


class Hierarchy(unittest.TestCase):
    def test_java_subclasses_are_python_subclasses(self):
        self.assertTrue(issubclass(Circle, Shape))
        self.assertTrue(issubclass(Rect, Shape))
        self.assertFalse(issubclass(Circle, Rect))
        self.assertIsInstance(Circle(1), Shape)
        self.assertEqual(Circle.__mro__, (Circle, Shape, object))

    def test_inherited_methods_and_properties_dispatch_to_the_java_override(self):
        c, r = Circle(2), Rect(2, 3)
        self.assertAlmostEqual(c.area(), math.pi * 4)
        self.assertEqual(r.area(), 6.0)
        self.assertEqual(Shape.area(r), 6.0)
        self.assertEqual((c.kind, r.kind), ("circle", "rect"))
        self.assertEqual(r.describe(), "rect of area 6.00")
        self.assertNotIn("area", vars(Circle))
        self.assertIn("area", vars(Shape))

    def test_the_abstract_base_cannot_be_created(self):
        with self.assertRaisesRegex(TypeError, r"cannot create 'shapes\.Shape' instances"):
            Shape()

    def test_a_result_typed_as_the_base_comes_back_as_its_own_type(self):
        unit = shapes.unit()
        self.assertIs(type(unit), Circle)
        self.assertEqual(unit.radius, 1.0)

    def test_python_may_subclass_only_a_subclassable_type(self):
        class Square(Rect):
            def __init__(self, side):
                super().__init__(side, side)

        square = Square(3)
        self.assertEqual(square.area(), 9.0)
        self.assertIsInstance(square, Shape)
        self.assertIs(shapes.biggest([Circle(1), square]), square)
        for base in (Shape, Circle):
            with self.assertRaisesRegex(
                TypeError, f"type 'shapes.{base.__name__}' is not an acceptable base type"
            ):
                type("Sub", (base,), {})


class Properties(unittest.TestCase):
    def test_read_write_and_read_only(self):
        c = Circle(1)
        c.radius = 2.5
        self.assertEqual(c.radius, 2.5)
        with self.assertRaises(ValueError):
            c.radius = -1
        self.assertEqual(c.radius, 2.5)
        with self.assertRaises(AttributeError):
            Rect(1, 2).width = 3
        with self.assertRaises(AttributeError):
            c.colour = "red"


class Identity(unittest.TestCase):
    def test_shapes_come_back_as_themselves(self):
        drawn = [Circle(1), Rect(3, 4), Circle(0.5)]
        self.assertIs(shapes.biggest(drawn), drawn[1])
        ordered = shapes.by_area(drawn)
        self.assertEqual([id(s) for s in ordered], [id(drawn[2]), id(drawn[0]), id(drawn[1])])
        self.assertIs(shapes.first_of(drawn, "circle"), drawn[0])
        self.assertIsNone(shapes.first_of(drawn, "hexagon"))

    def test_state_is_shared_not_copied(self):
        c = Circle(1)
        drawing = Drawing()
        drawing.add(c)
        c.radius = 4
        self.assertEqual(drawing[0].radius, 4)
        self.assertIs(drawing[0], c)

    def test_wrong_types_are_type_errors_naming_the_type(self):
        with self.assertRaisesRegex(TypeError, "shapes.Shape"):
            shapes.biggest([Circle(1), "square"])
        with self.assertRaisesRegex(TypeError, "shapes.Shape"):
            Drawing().add(3)

    def test_weak_references(self):
        c = Circle(1)
        ref = weakref.ref(c)
        self.assertIs(ref(), c)
        del c
        gc.collect()
        self.assertIsNone(ref())


class Protocols(unittest.TestCase):
    def test_to_string_is_repr_and_str(self):
        self.assertEqual(repr(Circle(2)), "Circle(2.0)")
        self.assertEqual(str(Rect(1, 2)), "Rect(1.0, 2.0)")
        self.assertRegex(repr(Drawing()), r"^<shapes\.Drawing object at 0x[0-9a-f]+>$")

    def test_equals_and_hash_code(self):
        self.assertEqual(Circle(2), Circle(2))
        self.assertNotEqual(Circle(2), Circle(3))
        self.assertFalse(Circle(2) != Circle(2))
        self.assertFalse(Circle(2) == "Circle(2.0)")
        self.assertFalse(Circle(1) == Rect(1, 1))
        self.assertEqual(hash(Circle(2)), hash(Circle(2)))
        self.assertEqual(len({Circle(2), Circle(2), Rect(1, 2), Rect(1, 2)}), 2)
        self.assertEqual({Circle(2): "c"}[Circle(2)], "c")

    def test_comparable_orders(self):
        small, big = Circle(1), Rect(10, 10)
        self.assertTrue(small < big)
        self.assertTrue(big > small)
        self.assertTrue(small <= Circle(1))
        self.assertTrue(big >= big)
        self.assertEqual(sorted([big, small]), [small, big])
        self.assertIs(max([small, big]), big)
        with self.assertRaises(TypeError):
            small < 3

    def test_drawing_is_a_sequence(self):
        c, r = Circle(1), Rect(1, 2)
        drawing = Drawing()
        self.assertEqual(len(drawing), 0)
        self.assertFalse(drawing)
        drawing.add(c)
        drawing.add(r)
        self.assertEqual(len(drawing), 2)
        self.assertTrue(drawing)
        self.assertIs(drawing[1], r)
        with self.assertRaises(IndexError):
            drawing[2]
        self.assertIn(c, drawing)
        self.assertNotIn(Circle(1), drawing)
        self.assertEqual([id(s) for s in drawing], [id(c), id(r)])
        self.assertEqual(list(iter(drawing)), [c, r])

    def test_drawing_is_a_context_manager_that_closes(self):
        with Drawing() as drawing:
            self.assertIsInstance(drawing, Drawing)
            drawing.add(Circle(1))
            self.assertFalse(drawing.closed)
        self.assertTrue(drawing.closed)
        with self.assertRaises(RuntimeError):
            drawing.add(Circle(2))

    def test_an_exception_in_the_block_propagates_and_still_closes(self):
        with self.assertRaises(KeyError):
            with Drawing() as drawing:
                raise KeyError("inside")
        self.assertTrue(drawing.closed)


class Lifetime(unittest.TestCase):
    def test_300k_shapes_made_and_dropped_leave_memory_and_java_flat(self):
        def churn(count):
            drawing = Drawing()
            for i in range(count):
                c = Circle(i)
                if i % 1000 == 0:
                    drawing.add(c.scaled(2))
            self.assertEqual(len(drawing), count // 1000)

        churn(30_000)
        gc.collect()
        before, early = pyjava_probes.java_instances(), resident_kib()
        heap = pyjava_probes.java_heap_kib()
        churn(300_000)
        gc.collect()
        grown = resident_kib() - early
        self.assertEqual(pyjava_probes.java_instances(), before)
        # 300k circles kept alive would hold over 10 MiB of Java heap and 20 MiB of Python memory.
        heap_grown = pyjava_probes.java_heap_kib() - heap
        self.assertLess(heap_grown, 4 * 1024, f"the Java heap grew {heap_grown} KiB")
        self.assertLess(grown, 16 * 1024, f"{grown} KiB grew over 300k shapes")

if __name__ == "__main__":
    unittest.main()
