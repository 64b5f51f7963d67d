package org.cellscope.scope;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cellscope.ast.Module;

/**
 * CPython's own AST of a program, rebuilt as Cellscope records from what ast_records.py prints:
 * lets the scope tests check the analyzer against python3 independently of Cellscope's parser.
 */
final class CpythonAst {
    private static final Path SCRIPT = Path.of("src/test/resources/scope/ast_records.py");

    private final String text;
    private int at;

    private CpythonAst(String text) {
        this.text = text;
    }

    /** Every program's AST from one python3 run: starting python once per program is slow. */
    static Map<Path, Module> parseAll(List<Path> programs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", SCRIPT.toString()));
        programs.forEach(p -> command.add(p.toString()));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        if (p.waitFor() != 0 || lines.size() != programs.size()) throw new IOException("ast_records.py failed");
        Map<Path, Module> modules = new HashMap<>();
        for (int i = 0; i < programs.size(); i++) {
            modules.put(programs.get(i), (Module) new CpythonAst(lines.get(i)).value(Module.class));
        }
        return modules;
    }

    private Object value(Class<?> type) {
        skipSpace();
        char c = text.charAt(at);
        if (c == '(') return record();
        if (c == '[') return list();
        if (c == '"') return convertString(string(), type);
        String word = word();
        if (word.equals("_")) return null;
        if (type == int.class) return Integer.parseInt(word);
        if (type == BigInteger.class) return new BigInteger(word);
        if (type == double.class) return Double.parseDouble(word);
        if (type == boolean.class) return Boolean.parseBoolean(word);
        if (type.isEnum()) return enumConstant(type, word);
        throw new IllegalStateException("cannot read " + word + " as " + type);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> type, String word) {
        return Enum.valueOf((Class<? extends Enum>) type, word);
    }

    private static Object convertString(String s, Class<?> type) {
        if (type == char.class) return s.isEmpty() ? (char) 0 : s.charAt(0);
        if (type == byte[].class) return s.getBytes(StandardCharsets.ISO_8859_1);
        return s;
    }

    private Object record() {
        at++; // (
        String kind = word();
        try {
            Class<?> type = Class.forName("org.cellscope.ast." + kind);
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Object[] args = new Object[components.length];
            for (int i = 0; i < args.length; i++) args[i] = value(types[i]);
            skipSpace();
            at++; // )
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + kind, e);
        }
    }

    /** List elements are records, strings or enum words; an element's type only matters for enums. */
    private List<Object> list() {
        at++; // [
        List<Object> items = new ArrayList<>();
        while (true) {
            skipSpace();
            if (text.charAt(at) == ']') {
                at++;
                return items;
            }
            char c = text.charAt(at);
            if (c == '(' || c == '[' || c == '"' || c == '_') {
                items.add(value(Object.class));
            } else {
                items.add(enumConstant(org.cellscope.ast.CmpOp.class, word()));
            }
        }
    }

    private String string() {
        StringBuilder sb = new StringBuilder();
        at++; // opening quote
        while (true) {
            char c = text.charAt(at++);
            if (c == '"') return sb.toString();
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = text.charAt(at++);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> sb.append(e);
            }
        }
    }

    private String word() {
        skipSpace();
        int start = at;
        while (" \n()[]".indexOf(text.charAt(at)) < 0) at++;
        return text.substring(start, at);
    }

    private void skipSpace() {
        while (Character.isWhitespace(text.charAt(at))) at++;
    }
}
