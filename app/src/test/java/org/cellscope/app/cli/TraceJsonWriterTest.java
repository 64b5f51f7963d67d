package org.cellscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.cellscope.app.ui.FakeTrace;
import org.cellscope.trace.EventKind;
import org.cellscope.trace.FrameView;
import org.cellscope.trace.HeapObject;
import org.cellscope.trace.StepView;
import org.cellscope.trace.Value;
import org.cellscope.trace.Variable;
import org.cellscope.trace.VarKind;
import org.junit.jupiter.api.Test;

/** The JSON follows docs/trace-format.md. */
class TraceJsonWriterTest {
    @Test
    void aStepWithACellAndAClosureIsWrittenAsDocumented() throws IOException {
        StepView step = new StepView(8, EventKind.RETURN, "make_counter", 12,
                List.of(new FrameView(1, "<module>", "<module>", 15, List.of()),
                        new FrameView(2, "make_counter", "make_counter", 12, List.of(
                                new Variable("count", VarKind.CELL, new Value.Ref(20)),
                                new Variable("counter", VarKind.LOCAL, new Value.Ref(11)),
                                new Variable("later", VarKind.LOCAL, Value.UNBOUND)))),
                List.of(new HeapObject.Cell(20, "count", new Value.Prim("int", "0"), 2),
                        new HeapObject.Function(11, "counter", "make_counter.<locals>.counter", 7,
                                List.of("count"), List.of(20L), List.of())),
                "", new Value.Ref(11), null);
        StringWriter out = new StringWriter();

        new TraceJsonWriter(out).write("/tmp/c.py", 1000, new FakeTrace(List.of(step), "", "", 0));

        JsonObject json = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertEquals("/tmp/c.py", json.get("file").getAsString());
        assertEquals(1, json.get("size").getAsInt());
        assertFalse(json.get("truncated").getAsBoolean());
        JsonObject s = json.getAsJsonArray("steps").get(0).getAsJsonObject();
        assertEquals(9, s.get("step").getAsInt());
        assertEquals("return", s.get("event").getAsString());
        assertEquals(11, s.getAsJsonObject("returnValue").get("ref").getAsLong());
        assertFalse(s.has("exception"));
        var vars = s.getAsJsonArray("frames").get(1).getAsJsonObject().getAsJsonArray("variables");
        assertEquals("cell", vars.get(0).getAsJsonObject().get("kind").getAsString());
        assertTrue(vars.get(2).getAsJsonObject().get("value").isJsonNull(), "unbound is null");
        JsonObject cell = s.getAsJsonArray("heap").get(0).getAsJsonObject();
        assertEquals("cell", cell.get("kind").getAsString());
        assertEquals("0", cell.getAsJsonObject("contents").get("repr").getAsString());
        assertEquals(2, cell.get("creatorFrame").getAsLong());
        JsonObject function = s.getAsJsonArray("heap").get(1).getAsJsonObject();
        assertEquals(20, function.getAsJsonArray("closure").get(0).getAsLong());
        assertEquals("make_counter.<locals>.counter", function.get("qualname").getAsString());
    }
}
