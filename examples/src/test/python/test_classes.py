"""A @PyClass is a real Python type: construction, methods, properties, names, lifetime."""

import gc
import inspect
import pydoc
import threading
import unittest

from javamodules import counters, pyjava_probes

Counter = counters.Counter


class Construction(unittest.TestCase):
    def test_the_constructor_runs_with_its_signature(self):
        self.assertEqual(Counter(5).value, 5)
        self.assertEqual(Counter().value, 0)
        self.assertEqual(Counter(start=7).value, 7)
        self.assertEqual(str(inspect.signature(Counter)), "(start=0)")

    def test_wrong_arguments_raise_type_error(self):
        with self.assertRaises(TypeError):
            Counter("five")
        with self.assertRaises(TypeError):
            Counter(1, 2)
        with self.assertRaises(TypeError):
            Counter(stop=1)


class Type(unittest.TestCase):
    def test_names_and_doc(self):
        c = Counter()
        self.assertIs(type(c), Counter)
        self.assertEqual(type(c).__module__, "counters")
        self.assertEqual(type(c).__name__, "Counter")
        self.assertEqual(type(c).__qualname__, "Counter")
        self.assertEqual(Counter.__doc__, "Counts by steps from where it started.")
        self.assertIn("add", dir(c))

    def test_help_shows_the_constructor_methods_and_properties(self):
        text = pydoc.render_doc(Counter, renderer=pydoc.plaintext)
        self.assertIn("Counter(start=0)", text)
        self.assertIn("add(self, /, step)", text)
        self.assertIn("Adds step to the count and returns the new count.", text)
        self.assertIn("The count now.", text)

    def test_not_subclassable(self):
        with self.assertRaisesRegex(TypeError, "not an acceptable base type"):
            type("Sub", (Counter,), {})

    def test_instances_have_no_dict(self):
        with self.assertRaises(AttributeError):
            Counter().other = 1


class Crossing(unittest.TestCase):
    """Instances cross the boundary both ways, as themselves."""

    def test_the_same_java_object_comes_back_as_the_same_python_object(self):
        small, big = Counter(1), Counter(5)
        self.assertIs(counters.larger(small, big), big)
        self.assertIs(counters.larger(big, small), big)

    def test_a_new_java_object_comes_back_as_a_new_instance(self):
        counter = Counter(2)
        counter.add(3)
        copy = counter.copy()
        self.assertIs(type(copy), Counter)
        self.assertIsNot(copy, counter)
        self.assertEqual((copy.value, copy.start), (5, 2))
        self.assertIs(counters.larger(copy, Counter(0)), copy)

    def test_java_changes_the_object_python_holds(self):
        counter, other = Counter(1), Counter(10)
        self.assertEqual(counter.absorb(other), 11)
        self.assertEqual(counter.value, 11)
        self.assertEqual(counter.absorb(counter), 22)

    def test_a_wrong_argument_is_a_type_error_naming_the_type(self):
        with self.assertRaisesRegex(TypeError, r"argument 'b' must be counters.Counter, not int"):
            counters.larger(Counter(), 5)
        with self.assertRaisesRegex(TypeError, r"must be counters.Counter, not NoneType"):
            Counter().absorb(None)
        with self.assertRaisesRegex(TypeError, r"must be counters.Counter, not Tally"):
            counters.larger(counters.Tally(), Counter())

    def test_results_made_in_java_are_freed_with_their_python_objects(self):
        counter = Counter(1)
        gc.collect()
        before = pyjava_probes.java_instances()
        for _ in range(10_000):
            counter.copy().add(1)
            counters.larger(counter, counter)
        gc.collect()
        self.assertEqual(pyjava_probes.java_instances(), before)


class Subclasses(unittest.TestCase):
    def test_a_subclassable_type_can_be_subclassed_in_python(self):
        class Named(counters.Tally):
            def mark_twice(self, name):
                self.mark(name)
                return self.mark(name)

        tally = Named()
        self.assertEqual(tally.mark_twice("a"), 2)
        self.assertEqual(tally.mark("b"), 1)
        self.assertEqual(tally.total, 3)
        self.assertIsInstance(tally, counters.Tally)
        tally.note = "python attributes live in the subclass's __dict__"
        self.assertEqual(tally.__dict__, {"note": "python attributes live in the subclass's __dict__"})

    def test_a_subclass_init_calls_the_java_constructor_through_super(self):
        class Heavy(counters.Tally):
            def __init__(self, name, weight):
                super().__init__(weight)
                self.name = name

        heavy = Heavy("h", 3)
        self.assertEqual((heavy.name, heavy.mark("a"), heavy.mark("a")), ("h", 3, 6))
        self.assertEqual(counters.Tally(weight=2).mark("b"), 2)
        with self.assertRaises(TypeError):
            Heavy("h", "not a weight")

    def test_a_subclass_that_forgets_super_init_raises_type_error_when_used(self):
        class Forgetful(counters.Tally):
            def __init__(self, name):
                self.name = name

        gc.collect()
        before = pyjava_probes.java_instances()
        forgetful = Forgetful("f")
        self.assertEqual(forgetful.name, "f")
        message = r"Forgetful.*holds no Java object.*super\(\).__init__"
        with self.assertRaisesRegex(TypeError, message):
            forgetful.mark("a")
        with self.assertRaisesRegex(TypeError, message):
            forgetful.total
        del forgetful
        gc.collect()
        self.assertEqual(pyjava_probes.java_instances(), before)

    def test_an_instance_made_by_new_alone_raises_type_error_when_used(self):
        bare = Counter.__new__(Counter)
        with self.assertRaisesRegex(TypeError, r"counters.Counter.*holds no Java object"):
            bare.add(1)
        with self.assertRaisesRegex(TypeError, r"counters.Counter.*holds no Java object"):
            bare.value = 1

    def test_init_again_replaces_the_java_object(self):
        gc.collect()
        before = pyjava_probes.java_instances()
        counter = Counter(1)
        counter.add(1)
        counter.__init__(5)
        self.assertEqual(counter.value, 5)
        self.assertEqual(pyjava_probes.java_instances(), before + 1)
        with self.assertRaises(TypeError):
            counter.__init__("x")
        self.assertEqual(counter.value, 5)
        del counter
        gc.collect()
        self.assertEqual(pyjava_probes.java_instances(), before)

    def test_subclass_instances_are_freed_with_their_java_objects(self):
        class Sub(counters.Tally):
            pass

        gc.collect()
        before = pyjava_probes.java_instances()
        for _ in range(10_000):
            Sub().mark("x")
        gc.collect()
        self.assertEqual(pyjava_probes.java_instances(), before)


class WithoutConstructor(unittest.TestCase):
    def test_python_cannot_create_one(self):
        with self.assertRaisesRegex(TypeError, r"cannot create 'counters\.Bounds' instances"):
            counters.Bounds()


class Methods(unittest.TestCase):
    def test_a_method_changes_the_java_object(self):
        c = Counter(10)
        self.assertEqual(c.add(5), 15)
        self.assertEqual(c.add(step=-3), 12)
        c.reset()
        self.assertEqual(c.value, 10)

    def test_methods_are_descriptors_with_signatures(self):
        self.assertEqual(Counter.add(Counter(1), 1), 2)
        self.assertEqual(str(inspect.signature(Counter.add)), "(self, /, step)")
        with self.assertRaises(TypeError):
            Counter.add(5, 1)

    def test_a_static_method_is_a_staticmethod(self):
        self.assertEqual(Counter.steps_between(0, 10, step=3), 4)
        self.assertEqual(Counter(5).steps_between(0, 10), 10)
        self.assertIsInstance(inspect.getattr_static(Counter, "steps_between"), staticmethod)
        self.assertEqual(str(inspect.signature(Counter.steps_between)), "(start, target, step=1)")

    def test_two_instances_are_two_java_objects(self):
        a, b = Counter(), Counter()
        a.add(1)
        self.assertEqual((a.value, b.value), (1, 0))


class Properties(unittest.TestCase):
    def test_read_and_write(self):
        c = Counter()
        c.value = 41
        self.assertEqual(c.add(1), 42)
        c.label = "clicks"
        self.assertEqual(c.label, "clicks")
        self.assertEqual(Counter.value.__doc__, "The count now.")

    def test_a_getter_alone_is_read_only(self):
        c = Counter(3)
        self.assertEqual(c.start, 3)
        with self.assertRaises(AttributeError):
            c.start = 4
        self.assertEqual(c.start, 3)

    def test_a_wrong_value_raises_type_error(self):
        c = Counter()
        with self.assertRaises(TypeError):
            c.value = "many"
        with self.assertRaises(TypeError):
            c.label = 5
        self.assertEqual((c.value, c.label), (0, ""))

    def test_deleting_raises_attribute_error(self):
        with self.assertRaises(AttributeError):
            del Counter().value


class Threads(unittest.TestCase):
    def test_two_threads_are_inside_one_instances_released_method_at_once(self):
        meeting = pyjava_probes.Meeting()
        pyjava_probes.arm_barrier(2)
        results = []
        threads = [
            threading.Thread(target=lambda: results.append(meeting.attend(60.0))) for _ in range(2)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.assertEqual(results, [True, True])
        self.assertEqual(meeting.arrived, 2)


class Lifetime(unittest.TestCase):
    def test_dropped_objects_leave_no_java_object_behind(self):
        gc.collect()
        before = pyjava_probes.java_instances()
        kept = [Counter(i) for i in range(1000)]
        self.assertEqual(pyjava_probes.java_instances(), before + 1000)
        del kept
        for i in range(100_000):
            Counter(i).add(1)
        gc.collect()
        self.assertEqual(pyjava_probes.java_instances(), before)


if __name__ == "__main__":
    unittest.main()
