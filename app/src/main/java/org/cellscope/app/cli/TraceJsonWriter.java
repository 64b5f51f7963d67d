package org.cellscope.app.cli;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.cellscope.trace.ExceptionView;
import org.cellscope.trace.FrameView;
import org.cellscope.trace.HeapObject;
import org.cellscope.trace.StepView;
import org.cellscope.trace.Trace;
import org.cellscope.trace.Value;
import org.cellscope.trace.Variable;

/**
 * Streams a trace as JSON in the schema of {@code docs/trace-format.md}, one step at a time, so
 * a million-step trace never sits in memory as one string.
 */
final class TraceJsonWriter {
    private final JsonWriter json;

    TraceJsonWriter(Writer out) {
        this.json = new JsonWriter(out);
        json.setIndent("");
        json.setHtmlSafe(false);
    }

    void write(String file, int maxSteps, Trace trace) throws IOException {
        json.beginObject();
        json.name("file").value(file);
        json.name("maxSteps").value(maxSteps);
        json.name("size").value(trace.size());
        json.name("truncated").value(trace.truncated());
        json.name("exitCode").value(trace.exitCode());
        json.name("stderr").value(trace.errorOutput());
        json.name("steps").beginArray();
        for (int i = 0; i < trace.size(); i++) step(trace.step(i));
        json.endArray();
        json.endObject();
        json.flush();
    }

    private void step(StepView step) throws IOException {
        json.beginObject();
        json.name("step").value(step.index() + 1);
        json.name("event").value(step.event().word());
        json.name("code").value(step.codeName());
        json.name("line").value(step.line());
        json.name("frames").beginArray();
        for (FrameView frame : step.frames()) frame(frame);
        json.endArray();
        json.name("heap").beginArray();
        for (HeapObject object : step.heap()) object(object);
        json.endArray();
        json.name("output").value(step.output());
        if (step.returnValue() != null) value(json.name("returnValue"), step.returnValue());
        if (step.exception() != null) exception(step.exception());
        json.endObject();
    }

    private void frame(FrameView frame) throws IOException {
        json.beginObject();
        json.name("id").value(frame.id());
        json.name("name").value(frame.name());
        json.name("qualname").value(frame.qualname());
        json.name("line").value(frame.line());
        json.name("variables").beginArray();
        for (Variable variable : frame.variables()) {
            json.beginObject();
            json.name("name").value(variable.name());
            json.name("kind").value(variable.kind().name().toLowerCase(Locale.ROOT));
            value(json.name("value"), variable.value());
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }

    private void object(HeapObject object) throws IOException {
        json.beginObject();
        json.name("id").value(object.id());
        json.name("type").value(object.typeName());
        if (object instanceof HeapObject.Function f) {
            json.name("kind").value("function");
            json.name("name").value(f.name());
            json.name("qualname").value(f.qualname());
            json.name("firstLine").value(f.firstLine());
            json.name("freevars").beginArray();
            for (String name : f.freevars()) json.value(name);
            json.endArray();
            json.name("closure").beginArray();
            for (long cell : f.closure()) json.value(cell);
            json.endArray();
            values("defaults", f.defaults());
        } else if (object instanceof HeapObject.Cell c) {
            json.name("kind").value("cell");
            json.name("varName").value(c.varName());
            value(json.name("contents"), c.contents());
            json.name("creatorFrame").value(c.creatorFrameId());
        } else if (object instanceof HeapObject.Sequence s) {
            json.name("kind").value("sequence");
            values("items", s.items());
        } else if (object instanceof HeapObject.Dict d) {
            json.name("kind").value("dict");
            entries("entries", d.entries());
        } else if (object instanceof HeapObject.Instance o) {
            json.name("kind").value("instance");
            entries("attributes", o.attributes());
        } else if (object instanceof HeapObject.ClassObject c) {
            json.name("kind").value("class");
            json.name("name").value(c.name());
            entries("attributes", c.attributes());
        } else if (object instanceof HeapObject.Other o) {
            json.name("kind").value("other");
            json.name("repr").value(o.repr());
        }
        json.endObject();
    }

    private void values(String name, List<Value> values) throws IOException {
        json.name(name).beginArray();
        for (Value v : values) value(json, v);
        json.endArray();
    }

    private void entries(String name, List<HeapObject.Entry> entries) throws IOException {
        json.name(name).beginArray();
        for (HeapObject.Entry entry : entries) {
            json.beginObject();
            value(json.name("key"), entry.key());
            value(json.name("value"), entry.value());
            json.endObject();
        }
        json.endArray();
    }

    private void exception(ExceptionView exception) throws IOException {
        json.name("exception").beginObject();
        json.name("type").value(exception.typeName());
        json.name("message").value(exception.message());
        json.endObject();
    }

    /** A primitive as {"type","repr"}, a reference as {"ref": id}, unbound as null. */
    private static void value(JsonWriter json, Value value) throws IOException {
        if (value instanceof Value.Prim p) {
            json.beginObject().name("type").value(p.typeName()).name("repr").value(p.repr()).endObject();
        } else if (value instanceof Value.Ref r) {
            json.beginObject().name("ref").value(r.id()).endObject();
        } else {
            json.nullValue();
        }
    }
}
