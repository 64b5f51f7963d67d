package org.cellscope.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cellscope.Cellscope;
import org.junit.jupiter.api.Test;

/** The recorded trace on the chapter's closures: frames pop, cells stay, changes are findable. */
class RecordedTraceTest {
    private static final String COUNTER = """
        def make_counter():
            count = 0
            def counter():
                nonlocal count
                count += 1
                return count
            return counter
        c = make_counter()
        c()
        c()
        """;

    private static Trace record(String source) { return Cellscope.record(source, "p.py", "", 10_000); }

    private static int firstStep(Trace t, String event) {
        for (int i = 0; i < t.size(); i++) if (t.event(i).format().equals(event)) return i;
        throw new AssertionError("no " + event);
    }

    private static List<HeapObject.Cell> cells(StepView s) {
        return s.heap().stream().filter(o -> o instanceof HeapObject.Cell).map(o -> (HeapObject.Cell) o).toList();
    }

    private static List<HeapObject.Function> functions(StepView s) {
        return s.heap().stream().filter(o -> o instanceof HeapObject.Function).map(o -> (HeapObject.Function) o).toList();
    }

    @Test
    void aCalleeSeesTheLocalsItsCallerBoundOnTheSameLine() {
        Trace t = record("def show():\n    return 0\nvals = [show() for k in range(3)]\n");
        int secondCall = -1;
        for (int i = 0, calls = 0; i < t.size(); i++) {
            if (t.event(i).format().equals("call show 1") && ++calls == 2) secondCall = i;
        }
        FrameView listcomp = t.step(secondCall).frames().get(1);
        assertEquals("<listcomp>", listcomp.name());
        Variable k = listcomp.variables().stream().filter(v -> v.name().equals("k")).findFirst().orElseThrow();
        assertEquals(new Value.Prim("int", "1"), k.value(), "bound by the loop on the call's own line");
    }

    @Test
    void theValueJustReturnedStaysInTheHeapUntilTheCallerUsesIt() {
        Trace t = record("def deco(func):\n    calls = []\n    def wrapper():\n        calls.append(1)\n        return func()\n    return wrapper\n"
            + "@deco\ndef hello():\n    return 1\n");
        StepView after = t.step(firstStep(t, "return deco 6") + 1);
        assertEquals(1, after.frames().size(), "deco's frame is gone and hello is not bound yet");
        assertTrue(functions(after).stream().anyMatch(f -> f.name().equals("wrapper")), "the wrapper on the caller's stack");
        assertEquals(java.util.Set.of("func", "calls"), java.util.Set.copyOf(cells(after).stream().map(HeapObject.Cell::varName).toList()));
    }

    @Test
    void theCellOutlivesTheFrameThatMadeIt() {
        Trace t = record(COUNTER);
        StepView after = t.step(firstStep(t, "return make_counter 7") + 1);
        assertEquals(1, after.frames().size(), "make_counter's frame is gone");
        HeapObject.Cell cell = cells(after).get(0);
        assertEquals("count", cell.varName());
        assertEquals(new Value.Prim("int", "0"), cell.contents());
        HeapObject.Function counter = functions(after).stream().filter(f -> f.name().equals("counter")).findFirst().orElseThrow();
        assertEquals(List.of(cell.id()), counter.closure(), "the closure's arrow points at the cell");
    }

    @Test
    void eachCallSeesTheOneCellChangeAndStepsBackUndoIt() {
        Trace t = record(COUNTER);
        int end = t.size() - 1;
        HeapObject.Cell atEnd = cells(t.step(end)).get(0);
        assertEquals(new Value.Prim("int", "2"), atEnd.contents());
        int[] changes = t.changesOf(atEnd.id());
        assertEquals(3, changes.length, "count = 0, then count += 1 twice");
        assertEquals(new Value.Prim("int", "1"), cells(t.step(changes[1])).get(0).contents());
        assertEquals(new Value.Prim("int", "0"), cells(t.step(changes[1] - 1)).get(0).contents());
        assertTrue(t.changedObjects(changes[2]).contains(atEnd.id()));
        FrameView call = t.step(changes[1]).activeFrame();
        assertEquals("counter", call.name());
        assertEquals(new Variable("count", VarKind.FREE, new Value.Ref(atEnd.id())), call.variables().get(0));
    }

    @Test
    void theLoopPitfallMakesThreeLambdasShareOneCellAndTheFixNone() {
        Trace t = record("funcs = [lambda: i for i in range(3)]\nfixed = [lambda i=i: i for i in range(3)]\n");
        StepView end = t.step(t.size() - 1);
        List<HeapObject.Function> lambdas = functions(end);
        assertEquals(6, lambdas.size());
        assertEquals(1, cells(end).size(), "one cell i");
        long cell = cells(end).get(0).id();
        assertEquals(3, lambdas.stream().filter(f -> f.closure().equals(List.of(cell))).count());
        List<HeapObject.Function> fixedOnes = lambdas.stream().filter(f -> !f.defaults().isEmpty()).toList();
        assertEquals(3, fixedOnes.size());
        assertTrue(fixedOnes.stream().allMatch(f -> f.closure().isEmpty()), "__closure__ is None");
        assertEquals(List.of("0", "1", "2"), fixedOnes.stream().map(f -> ((Value.Prim) f.defaults().get(0)).repr()).toList());
    }

    @Test
    void aStepReadsTheSameWhicheverOrderStepsAreRead() {
        Trace t = record("xs = []\nfor k in range(5):\n    xs.append(k * k)\nd = {'a': xs}\n");
        List<StepView> forward = new java.util.ArrayList<>();
        for (int i = 0; i < t.size(); i++) forward.add(t.step(i));
        for (int i = t.size() - 1; i >= 0; i--) assertEquals(forward.get(i), t.step(i));
        HeapObject.Sequence list = (HeapObject.Sequence) t.step(t.size() - 1).heap().get(0);
        assertEquals(5, list.items().size());
        HeapObject.Sequence early = (HeapObject.Sequence) t.step(firstStep(t, "line <module> 3") + 1).heap().get(0);
        assertEquals(List.of(new Value.Prim("int", "0")), early.items(), "the list as it was then, not as it ended");
    }

    @Test
    void itemsAndEntriesReadOnDemandCompareAsCopiesOfThem() {
        Trace t = record("xs = [k for k in range(30)]\nd = {'a': xs, 1: 2.5}\nxs[0] = 'zero'\nn = None\n");
        StepView before = t.step(firstStep(t, "line <module> 3"));
        StepView after = t.step(firstStep(t, "line <module> 4"));
        HeapObject.Sequence list = (HeapObject.Sequence) after.heap().get(0);
        List<Value> copy = List.copyOf(list.items());
        assertEquals(new Value.Prim("str", "'zero'"), list.items().get(0));
        assertEquals(new Value.Prim("int", "29"), list.items().get(29));
        assertEquals(copy, list.items());
        assertEquals(list.items(), copy);
        assertEquals(copy.hashCode(), list.items().hashCode());
        assertTrue(!before.heap().get(0).equals(list), "xs[0] changed it");
        HeapObject.Dict d = (HeapObject.Dict) after.heap().get(1);
        assertEquals(List.of(new HeapObject.Entry(new Value.Prim("str", "'a'"), new Value.Ref(list.id())),
                new HeapObject.Entry(new Value.Prim("int", "1"), new Value.Prim("float", "2.5"))), d.entries());
        assertEquals(before.heap().get(1), d, "the dict holds the same objects");
    }

    @Test
    void aSuspendedGeneratorKeepsItsCellsAlive() {
        Trace t = record("""
            def counter():
                n = 0
                def bump():
                    nonlocal n
                    n += 1
                while True:
                    bump()
                    yield n
            g = counter()
            next(g)
            next(g)
            """);
        StepView end = t.step(t.size() - 1);
        assertEquals(1, end.frames().size(), "the generator is suspended, off the stack");
        HeapObject.Instance gen = (HeapObject.Instance) end.heap().stream()
            .filter(o -> o.typeName().equals("generator")).findFirst().orElseThrow();
        Value nRef = gen.attributes().stream().filter(e -> e.key().equals(new Value.Prim("str", "'n'")))
            .findFirst().orElseThrow().value();
        HeapObject.Cell n = (HeapObject.Cell) end.object(((Value.Ref) nRef).id());
        assertEquals(new Value.Prim("int", "2"), n.contents());
    }

    @Test
    void whenMakeCounterPopsItsCellLivesOnKeptByCounter() {
        Trace t = record(COUNTER);
        int ret = firstStep(t, "return make_counter 7");
        List<Survivors.Survivor> survivors = Survivors.of(t.step(ret), t.step(ret + 1));
        assertEquals(1, survivors.size());
        assertEquals("count", survivors.get(0).cell().varName());
        HeapObject.Function counter = functions(t.step(ret + 1)).stream().filter(f -> f.name().equals("counter"))
            .findFirst().orElseThrow();
        assertEquals(List.of(counter.id()), survivors.get(0).closures());
        assertEquals(List.of(), Survivors.of(t.step(ret - 1), t.step(ret)), "nothing popped yet");
        Navigator nav = Navigator.of(t);
        assertEquals(firstStep(t, "call make_counter 1"), nav.callStep(ret));
    }

    @Test
    void aStepKnowsWhichVariablesItReboundAndWhichObjectsItChanged() {
        Trace t = record("xs = []\nn = 1\nxs.append(n)\nn = 2\n");
        int afterN = firstStep(t, "line <module> 3");
        long module = t.step(afterN).activeFrame().id();
        assertEquals(java.util.Map.of(module, List.of("n")), Rebound.of(t.step(afterN - 1), t.step(afterN)));
        long list = ((Value.Ref) t.step(afterN).activeFrame().variables().get(0).value()).id();
        int appended = firstStep(t, "line <module> 4");
        assertTrue(t.changedObjects(appended).contains(list), "the append shows at the next step");
        assertEquals(java.util.Map.of(), Rebound.of(t.step(appended - 1), t.step(appended)), "append rebinds nothing");
    }
}
