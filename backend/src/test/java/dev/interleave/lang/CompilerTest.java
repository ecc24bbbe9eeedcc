package dev.interleave.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.vm.Disassembler;
import dev.interleave.vm.PyCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The compiler's output, checked through the disassembler: each program under
 * src/test/resources/disassembly has its expected listing beside it (.dis). A change to code
 * generation shows up here as a readable diff.
 */
class CompilerTest {

    private static final Path DIR = Path.of("src/test/resources/disassembly");

    @TestFactory
    Stream<DynamicTest> disassembly() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                        String expected = Files.readString(Path.of(p.toString().replace(".py", ".dis")));
                        PyCode code = Compiler.compile(Files.readString(p), "d.py");
                        assertEquals(expected, Disassembler.disassemble(code));
                    }));
        }
    }

    @Test
    void everyInstructionHasASourceLine() {
        PyCode code = Compiler.compile("def f(x):\n    y = x + 1\n    return y * 2\n", "d.py");
        PyCode f = (PyCode) code.consts[0];
        for (int i = 0; i < f.code.length; i++) {
            assertTrue(f.lineOf(i) == 2 || f.lineOf(i) == 3, "instruction " + i + " has line " + f.lineOf(i));
        }
    }

    @Test
    void exceptionTableCoversTheTryBodyOnly() {
        PyCode code = Compiler.compile("try:\n    a = 1\nexcept E:\n    b = 2\nc = 3\n", "d.py");
        int[] t = code.exceptionTable;
        assertTrue(t.length >= 4);
        assertEquals(0, t[0]);
        assertEquals(2, t[1], "LOAD_CONST and STORE_GLOBAL of the body are protected, nothing else");
    }

    @Test
    void breakOutsideALoopIsASyntaxError() {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Compiler.compile("break\n", "d.py"));
        assertEquals("'break' outside loop", e.msg());
        assertEquals(1, e.line());
    }
}
